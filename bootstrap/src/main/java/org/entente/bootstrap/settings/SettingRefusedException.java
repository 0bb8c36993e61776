package org.entente.bootstrap.settings;

/** A setting the service cannot run with: its message names the setting, the value given and what would be right. */
public final class SettingRefusedException extends IllegalStateException {
    public SettingRefusedException(String setting, String value, String right) {
        super(setting + "=" + value + " " + right);
    }
}
