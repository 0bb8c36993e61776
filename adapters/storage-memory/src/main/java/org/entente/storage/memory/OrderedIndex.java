package org.entente.storage.memory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.common.PartialDate;

/**
 * A store's records in their listing order, and in that order again under each value of each dimension a criteria
 * may fix (a meeting under its relation, each of its attendees, its mechanism): a page is found by the most
 * selective dimension the criteria fixes, entered at the request's cursor and, for a date range, at the first date
 * that can overlap it, and read until the page has one record more than it shows, so it costs the logarithm of
 * the records stored and the records it passes, not the records stored. The caller holds the store's lock.
 */
final class OrderedIndex<C, A> {
    /** A criteria field the records can be looked up by: what the criteria asks for, and what a record holds. */
    record Dimension<C, A>(Function<C, String> wanted, Function<A, Collection<String>> held) {
    }

    /** The days a record's date may mean, for the records that have one (absent: null). */
    record Span(LocalDate first, LocalDate last) {
    }

    private final Function<A, Keyset> keyOf;
    private final BiPredicate<C, A> matches;
    private final List<Dimension<C, A>> dimensions;
    private final Function<A, Span> spanOf;
    private final Function<C, Span> windowOf;
    private final Predicate<C> fixesNothingElse;
    private final Predicate<A> listed;
    private final NavigableMap<Keyset, A> all = new TreeMap<>();
    private final List<Map<String, NavigableMap<Keyset, A>>> byDimension = new ArrayList<>();
    /**
     * The longest span any record stored has had, in days, for each precision of its date (year, month, day): how far
     * before a window a record known to that precision may start and still overlap it.
     */
    private final long[] longestSpan = new long[3];
    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private final AtomicLong visited = new AtomicLong();
    /**
     * The keys of each stretch a count has ranked (the whole index, or one value of one dimension), in order, built
     * when a count first needs them and dropped when a record of the stretch is added or removed: a count of a
     * date window is two binary searches in them, not a walk of the window. Readers share the store's read lock,
     * so this map is concurrent.
     */
    private final Map<Stretch, Keyset[]> ranked = new ConcurrentHashMap<>();

    /** The whole index ({@code dimension} -1) or the records under one value of one dimension. */
    private record Stretch(int dimension, String value) {
        static final Stretch ALL = new Stretch(-1, "");
    }

    /**
     * {@code dimensions} from the most selective; {@code spanOf} and {@code windowOf} (either may be null) let a
     * date range skip to where the records that may overlap it begin, their sort keys being their dates;
     * {@code fixesNothingElse} tells a criteria that asks for nothing but dimensions and a date window, whose count
     * is a size (no window) or a rank (a window that has a first day);
     * records that are not {@code listed} (no criteria selects them) are left out of the index.
     */
    OrderedIndex(Function<A, Keyset> keyOf, BiPredicate<C, A> matches, List<Dimension<C, A>> dimensions,
                 Function<A, Span> spanOf, Function<C, Span> windowOf, Predicate<C> fixesNothingElse,
                 Predicate<A> listed) {
        this.keyOf = keyOf;
        this.matches = matches;
        this.dimensions = List.copyOf(dimensions);
        this.spanOf = spanOf;
        this.windowOf = windowOf;
        this.fixesNothingElse = fixesNothingElse;
        this.listed = listed;
        dimensions.forEach(d -> byDimension.add(new HashMap<>()));
    }

    /** An index of every record. */
    OrderedIndex(Function<A, Keyset> keyOf, BiPredicate<C, A> matches, List<Dimension<C, A>> dimensions,
                 Function<A, Span> spanOf, Function<C, Span> windowOf, Predicate<C> fixesNothingElse) {
        this(keyOf, matches, dimensions, spanOf, windowOf, fixesNothingElse, record -> true);
    }

    void add(A record) {
        if (!listed.test(record)) {
            return;
        }
        Keyset key = keyOf.apply(record);
        all.put(key, record);
        ranked.remove(Stretch.ALL);
        for (int d = 0; d < dimensions.size(); d++) {
            for (String value : dimensions.get(d).held().apply(record)) {
                byDimension.get(d).computeIfAbsent(value, v -> new TreeMap<>()).put(key, record);
                ranked.remove(new Stretch(d, value));
            }
        }
        Span span = spanOf == null ? null : spanOf.apply(record);
        if (span != null) {
            int precision = precisionOf(key.sortKey());
            longestSpan[precision] = Math.max(longestSpan[precision], ChronoUnit.DAYS.between(span.first(), span.last()));
        }
    }

    void remove(A record) {
        if (!listed.test(record)) {
            return;
        }
        Keyset key = keyOf.apply(record);
        all.remove(key);
        ranked.remove(Stretch.ALL);
        for (int d = 0; d < dimensions.size(); d++) {
            for (String value : dimensions.get(d).held().apply(record)) {
                ranked.remove(new Stretch(d, value));
                NavigableMap<Keyset, A> under = byDimension.get(d).get(value);
                if (under != null) {
                    under.remove(key);
                    if (under.isEmpty()) {
                        byDimension.get(d).remove(value);
                    }
                }
            }
        }
    }

    Page<A> page(C criteria, PageRequest request) {
        List<NavigableMap<Keyset, A>> segments = segments(criteria, request.after(), request.before());
        if (request.fromEnd()) {
            Collections.reverse(segments);
        }
        List<A> window = new ArrayList<>(request.size() + 1);
        for (NavigableMap<Keyset, A> segment : segments) {
            Iterator<A> records = (request.fromEnd() ? segment.descendingMap() : segment).values().iterator();
            while (window.size() <= request.size() && records.hasNext()) {
                A record = records.next();
                visited.incrementAndGet();
                if (matches.test(criteria, record)) {
                    window.add(record);
                }
            }
        }
        if (request.fromEnd()) {
            Collections.reverse(window);
        }
        return Page.cut(window, request);
    }

    long count(C criteria) {
        Span window = windowOf == null ? null : windowOf.apply(criteria);
        if (window == null && isExactly(criteria)) {
            return source(criteria).size();
        }
        if (window != null && window.first() != null && isExactly(criteria)) {
            return countOverlapping(criteria, window);
        }
        return countMatching(segments(criteria, null, null), criteria);
    }

    /**
     * A window's count as the records whose sort keys fall in it, which all overlap it (a record's span starts on
     * the date of its sort key, and coarser dates sort before the days of their month or year), counted by rank;
     * plus the records that start before it and may reach into it, passed one by one as a page passes them.
     */
    private long countOverlapping(C criteria, Span window) {
        Keyset firstDay = new Keyset(window.first().toString(), "");
        Keyset high = window.last() == null ? null : new Keyset(window.last() + "\0", "");
        Keyset[] keys = ranked.computeIfAbsent(stretchOf(criteria),
                stretch -> source(criteria).keySet().toArray(Keyset[]::new));
        long inside = Math.max(0, (high == null ? keys.length : rank(keys, high)) - rank(keys, firstDay));
        return inside + countMatching(segments(criteria, null, firstDay), criteria);
    }

    private long countMatching(List<NavigableMap<Keyset, A>> segments, C criteria) {
        long count = 0;
        for (NavigableMap<Keyset, A> segment : segments) {
            for (A record : segment.values()) {
                visited.incrementAndGet();
                if (matches.test(criteria, record)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many of the sorted keys come before {@code bound} (a bound no record's key equals). */
    private static int rank(Keyset[] keys, Keyset bound) {
        int found = java.util.Arrays.binarySearch(keys, bound);
        return found >= 0 ? found : -found - 1;
    }

    /** The records held under one value of one dimension, in listing order. */
    Collection<A> under(int dimension, String value) {
        return byDimension.get(dimension).getOrDefault(value, Collections.emptyNavigableMap()).values();
    }

    /** Every record matching the criteria, in listing order. */
    List<A> all(C criteria) {
        List<A> matching = new ArrayList<>();
        for (NavigableMap<Keyset, A> segment : segments(criteria, null, null)) {
            for (A record : segment.values()) {
                visited.incrementAndGet();
                if (matches.test(criteria, record)) {
                    matching.add(record);
                }
            }
        }
        return matching;
    }

    /** How many records pages and counts have passed over, for the tests of what a read costs. */
    long visited() {
        return visited.get();
    }

    /**
     * Whether the criteria asks for one dimension's value at most and nothing else but a date window, so that the
     * records of that value (in the window) are the answer.
     */
    private boolean isExactly(C criteria) {
        long fixed = dimensions.stream().filter(d -> d.wanted().apply(criteria) != null).count();
        return fixed <= 1 && fixesNothingElse.test(criteria);
    }

    /**
     * The records the most selective fixed dimension holds between the bounds, as stretches of the index in
     * order. Without a date window that is one stretch. With one, it is the stretch from the first day a record
     * known to the day may start and overlap the window to the window's end, and before it, one stretch for each
     * month (and each year) in which a record known only to the month (or the year) may start and overlap it:
     * records of coarser dates sort before the days of their month or year, so they would otherwise be reached
     * only by passing every record of those days.
     */
    private List<NavigableMap<Keyset, A>> segments(C criteria, Keyset after, Keyset before) {
        NavigableMap<Keyset, A> source = source(criteria);
        Span window = windowOf == null ? null : windowOf.apply(criteria);
        Keyset high = window == null || window.last() == null ? before
                : earlier(before, new Keyset(window.last() + "\0", ""));
        List<NavigableMap<Keyset, A>> segments = new ArrayList<>();
        if (window == null || window.first() == null) {
            segments.add(between(source, after, high));
            return segments;
        }
        LocalDate firstDay = window.first().minusDays(longestSpan[DAY]);
        Keyset days = new Keyset(firstDay.toString(), "");
        for (LocalDate year = window.first().minusDays(longestSpan[YEAR]).withDayOfYear(1); ; year = year.plusYears(1)) {
            Keyset key = new Keyset(PartialDate.sortKey(year.getYear(), 0, 0), "");
            if (key.compareTo(days) >= 0) {
                break;
            }
            segments.add(between(source, later(after, key), earlier(high, next(key))));
        }
        for (LocalDate month = window.first().minusDays(longestSpan[MONTH]).withDayOfMonth(1); ;
             month = month.plusMonths(1)) {
            Keyset key = new Keyset(PartialDate.sortKey(month.getYear(), month.getMonthValue(), 0), "");
            if (key.compareTo(days) >= 0) {
                break;
            }
            segments.add(between(source, later(after, key), earlier(high, next(key))));
        }
        segments.sort(java.util.Comparator.comparing(segment -> segment.isEmpty() ? days : segment.firstKey()));
        segments.add(between(source, later(after, days), high));
        segments.removeIf(Map::isEmpty);
        return segments.isEmpty() ? new ArrayList<>(List.of(Collections.emptyNavigableMap())) : segments;
    }

    /** The records under the most selective dimension the criteria fixes (all records when it fixes none). */
    private NavigableMap<Keyset, A> source(C criteria) {
        Stretch stretch = stretchOf(criteria);
        return stretch == Stretch.ALL ? all
                : byDimension.get(stretch.dimension()).getOrDefault(stretch.value(), Collections.emptyNavigableMap());
    }

    private Stretch stretchOf(C criteria) {
        for (int d = 0; d < dimensions.size(); d++) {
            String wanted = dimensions.get(d).wanted().apply(criteria);
            if (wanted != null) {
                return new Stretch(d, wanted);
            }
        }
        return Stretch.ALL;
    }

    /** The stretch strictly between the bounds (either may be absent), in order. */
    private static <A> NavigableMap<Keyset, A> between(NavigableMap<Keyset, A> source, Keyset low, Keyset high) {
        if (low != null && high != null) {
            return low.compareTo(high) >= 0 ? Collections.emptyNavigableMap() : source.subMap(low, false, high, false);
        }
        if (low != null) {
            return source.tailMap(low, false);
        }
        return high != null ? source.headMap(high, false) : source;
    }

    /** The bound just after every keyset of {@code key}'s sort key. */
    private static Keyset next(Keyset key) {
        return new Keyset(key.sortKey() + "\0", "");
    }

    /** Of a date's sort key ({@code 2024-00-00}, {@code 2024-12-00}, {@code 2024-12-13}): year, month or day. */
    private static int precisionOf(String sortKey) {
        if (sortKey.length() < 10 || sortKey.startsWith("00", 5)) {
            return YEAR;
        }
        return sortKey.startsWith("00", 8) ? MONTH : DAY;
    }

    private static Keyset later(Keyset a, Keyset b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static Keyset earlier(Keyset a, Keyset b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
