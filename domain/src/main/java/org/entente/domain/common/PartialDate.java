package org.entente.domain.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2027}, {@code 2024-12}, {@code 2025-12-04}).
 * It orders by the first day it may mean, a coarser date before a finer one on the same first day,
 * so that "2025" sorts before "2025-01-01", and both before "2025-02".
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new DomainException("DATE_INVALID", "year must be between 1 and 9999, was " + year);
        }
        if (month < 0 || month > 12) {
            throw new DomainException("DATE_INVALID", "month must be between 1 and 12, was " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new DomainException("DATE_INVALID", "a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new DomainException("DATE_INVALID", String.format("%04d-%02d-%02d is not a date", year, month, day));
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new DomainException("DATE_INVALID", "a date is required");
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new DomainException("DATE_INVALID",
                    "'" + text + "' is not an ISO 8601 date at year, month or day precision (2027, 2024-12, 2025-12-04)");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && month == 0) {
            throw new DomainException("DATE_INVALID", "'" + text + "' has month 00");
        }
        if (m.group(3) != null && day == 0) {
            throw new DomainException("DATE_INVALID", "'" + text + "' has day 00");
        }
        return new PartialDate(year, month, day);
    }

    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** The first day this date may mean. */
    public LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may mean. */
    public LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** Whether the span of days this date may mean overlaps {@code [from, to]}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !last().isBefore(from) && !first().isAfter(to);
    }

    /** {@code 2024-12-00}: the date with zeros for what is unknown, which sorts as the dates do. */
    public String sortKey() {
        return sortKey(year, month, day);
    }

    /**
     * The sort key of a year, month and day (0 for unknown) that need not make a date: a bound of a date window,
     * which may reach before the first year. A year outside 0 to 9999 is written as {@code String.format} writes it
     * ({@code -001-00-00}), which sorts before every date; any other is written by hand, since pages of date windows
     * make one per month they reach back to, and a formatter each time showed in their profiles.
     */
    public static String sortKey(int year, int month, int day) {
        if (year < 0 || year > 9999) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        char[] key = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10),
                digit(month), '-', digit(day / 10), digit(day)};
        return new String(key);
    }

    private static char digit(int value) {
        return (char) ('0' + value % 10);
    }

    /** The order of the sort keys: by year, then month, then day, an unknown part (0) first. */
    @Override
    public int compareTo(PartialDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month, other.month);
        return byMonth != 0 ? byMonth : Integer.compare(day, other.day);
    }

    public boolean isBefore(PartialDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        // the sort key's first four, seven or ten characters: a date is written for every dated field of an answer,
        // and String.format, which this was, costs a formatter each time
        String key = sortKey();
        return switch (precision()) {
            case YEAR -> key.substring(0, 4);
            case MONTH -> key.substring(0, 7);
            case DAY -> key;
        };
    }
}
