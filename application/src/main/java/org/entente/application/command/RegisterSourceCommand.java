package org.entente.application.command;

import org.entente.domain.common.PartialDate;
import org.entente.domain.source.SourceId;

/** A new source with its full text. */
public record RegisterSourceCommand(SourceId id, String publisher, String title, PartialDate publishedOn,
                                    String language, String url, String text) {
}
