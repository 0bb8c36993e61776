package org.entente.bootstrap.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.domain.geo.Country;
import org.entente.domain.person.NameKey;

/**
 * The plan of a generated data set of a given number of meetings: who meets whom, where, when, and what comes of it,
 * as plain functions of the size and a meeting's number, so that the same size always gives the same set and a
 * meeting can be described again (its report first, its record later) without keeping the set in memory.
 *
 * <p>Fifty relations among twenty countries. Meeting {@code g} belongs to relation {@code g % 50} and is that
 * relation's meeting number {@code g / 50}; twenty meetings a day from 2023-01-01 on, so the first page of meetings
 * is the same twenty meetings at every size, and a date window holds the same meetings at every size that reaches
 * it. Four attendances a meeting, two per side, drawn in turn from each country's persons ({@code meetings / 100},
 * at least twelve, an even number), so a person attends about twenty meetings whatever the size, with ever other
 * persons. Every relation has three mechanisms of four sessions (the second the upgrade of the first) and two
 * partnership levels; every fifth meeting
 * concludes an instrument, every tenth is part of a visit, every twentieth extends an invitation and another one
 * announces an event; a meeting records {@code g % 3} commitments. One report (a source) covers a hundred meetings.
 */
final class ScaleDataSet {
    static final int RELATIONS = 50;
    static final int MEETINGS_PER_DAY = 20;
    static final int MEETINGS_PER_SOURCE = 100;
    static final int MECHANISMS_PER_RELATION = 3;
    static final int SESSIONS_PER_MECHANISM = 4;
    static final int MIN_PERSONS_PER_COUNTRY = 12;
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    static final String[] AREAS = {"economy", "defence", "energy", "digital transformation", "climate change",
            "education", "health", "people-to-people exchange"};

    /** An office a generated person holds, and the organization of it (null for none). */
    record Office(String title, String organization) {
    }

    static final Office[] OFFICES = {
            new Office("Minister of Foreign Affairs", "ministry-of-foreign-affairs"),
            new Office("Deputy Minister of Foreign Affairs", "ministry-of-foreign-affairs"),
            new Office("Minister of Defence", "ministry-of-defence"),
            new Office("Minister of Industry and Trade", "ministry-of-industry-and-trade"),
            new Office("Deputy Minister of Industry and Trade", "ministry-of-industry-and-trade"),
            new Office("Member of Parliament", "parliament"),
            new Office("Ambassador", "ministry-of-foreign-affairs"),
            new Office("Governor", null)};

    /** An organization every country has: its id's suffix, its name before "of {country}", its kind. */
    record Institution(String slug, String name, String kind) {
    }

    static final Institution[] INSTITUTIONS = {
            new Institution("ministry-of-foreign-affairs", "Ministry of Foreign Affairs", "MINISTRY"),
            new Institution("ministry-of-defence", "Ministry of Defence", "MINISTRY"),
            new Institution("ministry-of-industry-and-trade", "Ministry of Industry and Trade", "MINISTRY"),
            new Institution("parliament", "Parliament", "PARLIAMENT")};

    /**
     * A country of the set, with its English name and the names its persons are given; {@code familyFirst} sets
     * the order of a name.
     */
    record Nation(String code, String name, List<String> cities, boolean familyFirst, List<String> families,
                  List<String> givens) {
        Nation(String code, List<String> cities, boolean familyFirst, List<String> families, List<String> givens) {
            this(code, new Country(code).name(), cities, familyFirst, families, givens);
        }
    }

    static final List<Nation> NATIONS = List.of(
            new Nation("VN", List.of("Hà Nội", "Hồ Chí Minh City", "Đà Nẵng"), true,
                    List.of("Nguyễn", "Trần", "Nguyễn", "Lê", "Nguyễn", "Phạm", "Nguyễn", "Hoàng"),
                    List.of("Văn An", "Minh Vũ", "Thị Thu Hà", "Quốc Bảo", "Thanh Sơn", "Hồng Nhung")),
            new Nation("JP", List.of("Tokyo", "Osaka", "Kyoto"), true,
                    List.of("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Ōno"),
                    List.of("Haruto", "Yui", "Kenji", "Aiko", "Takeshi", "Emi")),
            new Nation("KR", List.of("Seoul", "Busan"), true, List.of("Kim", "Lee", "Park", "Choi", "Jung"),
                    List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun")),
            new Nation("CN", List.of("Beijing", "Shanghai"), true, List.of("Wang", "Li", "Zhang", "Liu", "Chen"),
                    List.of("Wei", "Fang", "Jing", "Lei", "Min")),
            new Nation("IN", List.of("New Delhi", "Mumbai"), false, List.of("Sharma", "Patel", "Iyer", "Reddy"),
                    List.of("Arjun", "Priya", "Rohan", "Ananya")),
            new Nation("ID", List.of("Jakarta", "Surabaya"), false, List.of("Wijaya", "Santoso", "Hidayat", "Kusuma"),
                    List.of("Budi", "Siti", "Agus", "Dewi")),
            new Nation("TH", List.of("Bangkok", "Chiang Mai"), false,
                    List.of("Srisai", "Chaiyaporn", "Wongsakul", "Boonmee"),
                    List.of("Somchai", "Suda", "Anan", "Malee")),
            new Nation("MY", List.of("Kuala Lumpur", "Penang"), false, List.of("Abdullah", "Rahman", "Ismail", "Tan"),
                    List.of("Ahmad", "Nur Aisyah", "Hafiz", "Mei Ling")),
            new Nation("SG", List.of("Singapore"), true, List.of("Tan", "Lim", "Ng", "Goh"),
                    List.of("Wei Ming", "Hui Min", "Jun Jie", "Xin Yi")),
            new Nation("PH", List.of("Manila", "Cebu"), false, List.of("Santos", "Reyes", "Cruz", "Bautista"),
                    List.of("José", "María", "Ramón", "Liza")),
            new Nation("AU", List.of("Canberra", "Sydney"), false, List.of("Smith", "Wilson", "Taylor", "Brown"),
                    List.of("Jack", "Olivia", "Liam", "Charlotte")),
            new Nation("NZ", List.of("Wellington", "Auckland"), false, List.of("Ngata", "Williams", "Walker", "Parata"),
                    List.of("Tama", "Aroha", "James", "Mere")),
            new Nation("US", List.of("Washington", "New York"), false, List.of("Johnson", "Miller", "Davis", "García"),
                    List.of("Michael", "Sarah", "David", "Emily")),
            new Nation("CA", List.of("Ottawa", "Toronto"), false, List.of("Tremblay", "Roy", "Martin", "Côté"),
                    List.of("Étienne", "Chloé", "Noah", "Léa")),
            new Nation("FR", List.of("Paris", "Lyon"), false, List.of("Dubois", "Lefèvre", "Moreau", "Girard"),
                    List.of("Hélène", "François", "Camille", "Jérôme")),
            new Nation("DE", List.of("Berlin", "Hamburg"), false, List.of("Müller", "Schmidt", "Schäfer", "Weber"),
                    List.of("Jürgen", "Anna", "Lukas", "Käthe")),
            new Nation("GB", List.of("London", "Edinburgh"), false, List.of("Jones", "Evans", "Thomas", "Roberts"),
                    List.of("Oliver", "Amelia", "Harry", "Isla")),
            new Nation("BR", List.of("Brasília", "São Paulo"), false,
                    List.of("Silva", "Souza", "Oliveira", "Conceição"), List.of("João", "Ana", "Luís", "Beatriz")),
            new Nation("ZA", List.of("Pretoria", "Cape Town"), false, List.of("Dlamini", "Nkosi", "Botha", "Mokoena"),
                    List.of("Thabo", "Naledi", "Pieter", "Zanele")),
            new Nation("EG", List.of("Cairo", "Alexandria"), false, List.of("Hassan", "Mahmoud", "Farouk", "Mansour"),
                    List.of("Ahmed", "Mona", "Karim", "Yasmin")));

    /** The mechanisms every relation has, in order; the second is the upgrade of the first. */
    record Channel(String slug, String name, String format, String meetingKind) {
    }

    static final Channel[] CHANNELS = {
            new Channel("strategic-partnership-dialogue", "Strategic Partnership Dialogue", null, "DIALOGUE"),
            new Channel("2plus2", "Foreign and Defence Vice-Ministerial Consultation", "2+2", "CONSULTATION"),
            new Channel("joint-committee", "Joint Committee on Trade and Investment", null, "OTHER")};

    private final int meetings;
    private final int personsPerCountry;
    private final int[][] relationCountries = new int[RELATIONS][];
    private final int[][] positionInCountry = new int[NATIONS.size()][RELATIONS];
    private final int[] relationsOfCountry = new int[NATIONS.size()];
    private final String[] relationIds = new String[RELATIONS];
    private final String[][] personNames;
    private final String[][] personIds;
    private final String[] days;
    private final String[] longDays;

    ScaleDataSet(int meetings) {
        if (meetings < 2 * RELATIONS) {
            throw new IllegalArgumentException("a generated data set holds at least " + 2 * RELATIONS
                    + " meetings (two per relation), asked for " + meetings);
        }
        this.meetings = meetings;
        int persons = Math.max(MIN_PERSONS_PER_COUNTRY, (meetings + 99) / 100);
        this.personsPerCountry = persons + persons % 2;
        int countries = NATIONS.size();
        // relation r joins country i with country i + d (d = 1, 2, 3): fifty distinct pairs, each country in 4 to 6
        for (int r = 0; r < RELATIONS; r++) {
            int i = r % countries;
            int j = (i + 1 + r / countries) % countries;
            relationCountries[r] = new int[] {i, j};
            positionInCountry[i][r] = relationsOfCountry[i]++;
            positionInCountry[j][r] = relationsOfCountry[j]++;
            String a = NATIONS.get(i).code().toLowerCase(Locale.ROOT);
            String b = NATIONS.get(j).code().toLowerCase(Locale.ROOT);
            relationIds[r] = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        }
        personNames = new String[countries][personsPerCountry];
        personIds = new String[countries][personsPerCountry];
        for (int c = 0; c < countries; c++) {
            Nation nation = NATIONS.get(c);
            for (int k = 0; k < personsPerCountry; k++) {
                String family = nation.families().get(k % nation.families().size());
                String given = nation.givens().get((k / nation.families().size()) % nation.givens().size());
                String name = nation.familyFirst() ? family + " " + given : given + " " + family;
                personNames[c][k] = name;
                personIds[c][k] = slug(name) + "-" + nation.code().toLowerCase(Locale.ROOT) + "-" + k;
            }
        }
        // dates as the file and the reports write them, once per day rather than once per mention
        days = new String[(meetings - 1) / MEETINGS_PER_DAY + 1];
        longDays = new String[days.length];
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        for (int d = 0; d < days.length; d++) {
            days[d] = FIRST_DAY.plusDays(d).toString();
            longDays[d] = longDate.format(FIRST_DAY.plusDays(d));
        }
    }

    /** The day of meeting {@code g} in ISO form ({@code 2023-01-01}). */
    String day(int g) {
        return days[g / MEETINGS_PER_DAY];
    }

    /** The day of meeting {@code g} as the reports write it ({@code 1 January 2023}). */
    String longDay(int g) {
        return longDays[g / MEETINGS_PER_DAY];
    }

    int meetings() {
        return meetings;
    }

    int personsPerCountry() {
        return personsPerCountry;
    }

    int sources() {
        return (meetings + MEETINGS_PER_SOURCE - 1) / MEETINGS_PER_SOURCE;
    }

    /** The two countries of relation {@code r}, by their place in {@link #NATIONS}. */
    int[] countriesOf(int r) {
        return relationCountries[r];
    }

    String relationId(int r) {
        return relationIds[r];
    }

    /** How many meetings relation {@code r} has. */
    int meetingsOf(int r) {
        return (meetings - r + RELATIONS - 1) / RELATIONS;
    }

    /** The global number of the {@code m}-th meeting of relation {@code r}. */
    static int meetingNumber(int r, int m) {
        return m * RELATIONS + r;
    }

    static LocalDate dayOf(int g) {
        return FIRST_DAY.plusDays(g / MEETINGS_PER_DAY);
    }

    String personName(int country, int k) {
        return personNames[country][k];
    }

    String personId(int country, int k) {
        return personIds[country][k];
    }

    static Office officeOf(int k) {
        return OFFICES[k % OFFICES.length];
    }

    static String organizationId(int country, String institution) {
        return NATIONS.get(country).code().toLowerCase(Locale.ROOT) + "-" + institution;
    }

    /**
     * The person of {@code country} in attendance slot {@code j} (0 or 1) of the {@code m}-th meeting of relation
     * {@code r}. Each country's slots go round all its persons, round after round, so attendances spread evenly; each
     * round but the first visits them in an order of its own, so that a person meets ever other persons; the two
     * slots of a side never straddle two rounds (there is an even number of persons), so they are two persons; and
     * the first day's meetings, all in the first round, have the same persons at every size.
     */
    int attendee(int country, int r, int m, int j) {
        long slot = ((long) m * relationsOfCountry[country] + positionInCountry[country][r]) * 2 + j;
        int round = (int) (slot / personsPerCountry);
        int place = (int) (slot % personsPerCountry);
        if (round == 0) {
            return place;
        }
        int step = 1 + 2 * ((round * 37) % (personsPerCountry / 2));
        while (gcd(step, personsPerCountry) != 1) {
            step += 2;
        }
        return (int) (((long) place * step + round * 7919L) % personsPerCountry);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The session of the {@code m}-th meeting of relation {@code r}, as {mechanism, number}, or null for a meeting
     * that is no session: twelve sessions spread evenly over the relation's meetings, four per mechanism.
     */
    int[] sessionOf(int r, int m) {
        int spacing = Math.max(1, meetingsOf(r) / (MECHANISMS_PER_RELATION * SESSIONS_PER_MECHANISM));
        int k = m / spacing;
        if (m % spacing != 0 || k >= MECHANISMS_PER_RELATION * SESSIONS_PER_MECHANISM) {
            return null;
        }
        return new int[] {k / SESSIONS_PER_MECHANISM, k % SESSIONS_PER_MECHANISM + 1};
    }

    /** The relation's meeting number of the first session of {@code mechanism}, or -1 when it has none. */
    int firstSessionOf(int r, int mechanism) {
        int spacing = Math.max(1, meetingsOf(r) / (MECHANISMS_PER_RELATION * SESSIONS_PER_MECHANISM));
        int m = mechanism * SESSIONS_PER_MECHANISM * spacing;
        return m < meetingsOf(r) ? m : -1;
    }

    String mechanismId(int r, int mechanism) {
        return relationId(r) + "-" + CHANNELS[mechanism].slug();
    }

    /** The relation's meeting number at which it was elevated to its second level. */
    int elevationOf(int r) {
        return Math.max(1, meetingsOf(r) / 2);
    }

    static boolean concludesInstrument(int g) {
        return g % 5 == 0;
    }

    static boolean isPartOfVisit(int g) {
        return g % 10 == 3;
    }

    static boolean extendsInvitation(int g) {
        return g % 20 == 5;
    }

    static boolean announcesEvent(int g) {
        return g % 20 == 10;
    }

    static int commitmentsOf(int g) {
        return g % 3;
    }

    /** The first meeting (global number) each person of each country attends, -1 for none. */
    int[][] firstMeetings() {
        int[][] first = new int[NATIONS.size()][personsPerCountry];
        for (int[] row : first) {
            java.util.Arrays.fill(row, -1);
        }
        for (int g = 0; g < meetings; g++) {
            int r = g % RELATIONS;
            int m = g / RELATIONS;
            for (int country : relationCountries[r]) {
                for (int j = 0; j < 2; j++) {
                    int k = attendee(country, r, m, j);
                    if (first[country][k] < 0) {
                        first[country][k] = g;
                    }
                }
            }
        }
        return first;
    }

    /** The relations of country {@code c}, by number. */
    List<Integer> relationsOf(int c) {
        List<Integer> of = new ArrayList<>();
        for (int r = 0; r < RELATIONS; r++) {
            if (relationCountries[r][0] == c || relationCountries[r][1] == c) {
                of.add(r);
            }
        }
        return of;
    }

    static String slug(String text) {
        return NameKey.fold(text).replace(' ', '-');
    }
}
