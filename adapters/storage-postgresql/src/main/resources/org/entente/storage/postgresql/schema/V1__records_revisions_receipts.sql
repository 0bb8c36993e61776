-- Entente's records in PostgreSQL (docs/storage-adapters.md, "The PostgreSQL adapter").
--
-- One row per record: its id, its version and its whole document as jsonb, which is what a read rebuilds the record
-- from; beside them the columns that the listings filter and sort on, computed from the record at every save.
-- Sort keys and ids compare byte by byte (COLLATE "C"), so that they order as Java's String.compareTo orders them,
-- whatever the database's own collation. Orders and ranges are served by b-tree indexes that end in (sort_key, id),
-- filters that look inside an array by GIN indexes, date windows by GiST indexes on the span of days a partial date
-- may mean. The GIN indexes take every entry at once (fastupdate = off): with a pending list, every read after a
-- batch of writes (an import) would scan the whole list until a vacuum merged it, many times the read's own cost.
-- No foreign keys: the use cases check references, and a data set arrives in any order.

CREATE TABLE relations (
    id           text COLLATE "C" PRIMARY KEY,
    version      bigint NOT NULL,
    document     jsonb  NOT NULL,
    -- the natural key, both codes in alphabetical order: JP-VN
    country_pair text   NOT NULL CONSTRAINT relations_country_pair_unique UNIQUE
);

CREATE TABLE persons (
    id          text COLLATE "C" PRIMARY KEY,
    version     bigint NOT NULL,
    document    jsonb  NOT NULL,
    -- the folded name (PersonCriteria.keyOf)
    sort_key    text COLLATE "C" NOT NULL,
    country     text,
    merged_into text,
    -- every folded name (the name and the other names) from each of its word starts to its end: a name query
    -- answers when one of them starts with its folded form (Person.answersTo)
    name_words  text[] NOT NULL,
    -- the same cut after each of their first 32 characters, which a GIN index finds by equality: a query of up to
    -- 32 characters is one of them exactly when it answers; a longer one, when its first 32 are and a word starts
    -- with it whole
    name_starts text[] NOT NULL
);
CREATE INDEX persons_listing ON persons (sort_key, id) WHERE merged_into IS NULL;
CREATE INDEX persons_country ON persons (country, sort_key, id) WHERE merged_into IS NULL;
CREATE INDEX persons_name_starts ON persons USING gin (name_starts) WITH (fastupdate = off) WHERE merged_into IS NULL;

CREATE TABLE organizations (
    id       text COLLATE "C" PRIMARY KEY,
    version  bigint NOT NULL,
    document jsonb  NOT NULL
);

CREATE TABLE sources (
    id       text COLLATE "C" PRIMARY KEY,
    version  bigint NOT NULL,
    document jsonb  NOT NULL
);

CREATE TABLE visits (
    id       text COLLATE "C" PRIMARY KEY,
    version  bigint NOT NULL,
    document jsonb  NOT NULL
);

CREATE TABLE mechanisms (
    id          text COLLATE "C" PRIMARY KEY,
    version     bigint NOT NULL,
    document    jsonb  NOT NULL,
    relation    text   NOT NULL,
    predecessor text
);
CREATE INDEX mechanisms_relation ON mechanisms (relation, id);
CREATE INDEX mechanisms_predecessor ON mechanisms (predecessor, id) WHERE predecessor IS NOT NULL;

CREATE TABLE meetings (
    id               text COLLATE "C" PRIMARY KEY,
    version          bigint    NOT NULL,
    document         jsonb     NOT NULL,
    -- the start date's sort key (MeetingCriteria.keyOf): 2024-12-00
    sort_key         text COLLATE "C" NOT NULL,
    relation         text      NOT NULL,
    -- from the first day the start date may mean to the last day the end date (or the start date) may mean
    span             daterange NOT NULL,
    country          text,
    kind             text      NOT NULL,
    mechanism        text,
    session_number   integer,
    attendees        text[]    NOT NULL,
    area_keys        text[]    NOT NULL,
    commitment_count integer   NOT NULL,
    -- the natural key: one meeting per session number of a mechanism (a meeting that is no session has neither,
    -- and nulls never collide)
    CONSTRAINT meetings_session_unique UNIQUE (mechanism, session_number)
);
CREATE INDEX meetings_listing ON meetings (sort_key, id);
CREATE INDEX meetings_relation ON meetings (relation, sort_key, id);
CREATE INDEX meetings_committed ON meetings (relation, sort_key, id) WHERE commitment_count > 0;
CREATE INDEX meetings_mechanism ON meetings (mechanism, sort_key, id) WHERE mechanism IS NOT NULL;
CREATE INDEX meetings_country ON meetings (country, sort_key, id);
CREATE INDEX meetings_attendees ON meetings USING gin (attendees) WITH (fastupdate = off);
CREATE INDEX meetings_areas ON meetings USING gin (area_keys) WITH (fastupdate = off);
CREATE INDEX meetings_span ON meetings USING gist (span);

CREATE TABLE instruments (
    id              text COLLATE "C" PRIMARY KEY,
    version         bigint NOT NULL,
    document        jsonb  NOT NULL,
    -- the signing date's sort key, empty when undated (InstrumentCriteria.keyOf)
    sort_key        text COLLATE "C" NOT NULL,
    relation        text   NOT NULL,
    kind            text   NOT NULL,
    -- the days the signing date may mean; null when undated, which no date window selects
    signed          daterange,
    party_countries text[] NOT NULL,
    meeting         text
);
CREATE INDEX instruments_listing ON instruments (sort_key, id);
CREATE INDEX instruments_relation ON instruments (relation, sort_key, id);
CREATE INDEX instruments_meeting ON instruments (meeting, sort_key, id) WHERE meeting IS NOT NULL;
CREATE INDEX instruments_parties ON instruments USING gin (party_countries) WITH (fastupdate = off);
CREATE INDEX instruments_signed ON instruments USING gist (signed);

CREATE TABLE invitations (
    id       text COLLATE "C" PRIMARY KEY,
    version  bigint NOT NULL,
    document jsonb  NOT NULL,
    -- the date extended, empty when undated (InvitationCriteria.keyOf)
    sort_key text COLLATE "C" NOT NULL,
    relation text   NOT NULL,
    status   text   NOT NULL,
    -- the inviter and the invitee
    persons  text[] NOT NULL
);
CREATE INDEX invitations_listing ON invitations (sort_key, id);
CREATE INDEX invitations_relation ON invitations (relation, sort_key, id);
CREATE INDEX invitations_persons ON invitations USING gin (persons) WITH (fastupdate = off);

CREATE TABLE events (
    id       text COLLATE "C" PRIMARY KEY,
    version  bigint NOT NULL,
    document jsonb  NOT NULL,
    -- the start date's sort key, empty when undated (EventCriteria.keyOf)
    sort_key text COLLATE "C" NOT NULL,
    relation text   NOT NULL,
    kind     text   NOT NULL,
    host     text,
    -- the days the start date may mean; null when undated
    started  daterange
);
CREATE INDEX events_listing ON events (sort_key, id);
CREATE INDEX events_relation ON events (relation, sort_key, id);
CREATE INDEX events_started ON events USING gist (started);

-- the append-only change log: one row per version of a record
CREATE TABLE revisions (
    aggregate        text COLLATE "C" NOT NULL,
    record_id        text COLLATE "C" NOT NULL,
    version          bigint      NOT NULL,
    previous_version bigint      NOT NULL,
    actor            text        NOT NULL,
    -- the instant to the microsecond, which is what timestamptz holds; at_nanos keeps its nanosecond of the second
    at               timestamptz NOT NULL,
    at_nanos         integer     NOT NULL,
    operation        text        NOT NULL,
    changed_fields   text[]      NOT NULL,
    PRIMARY KEY (aggregate, record_id, version)
);

-- the idempotency keys: the primary key makes a claim atomic
CREATE TABLE receipts (
    key         text COLLATE "C" PRIMARY KEY,
    operation   text NOT NULL,
    fingerprint text NOT NULL,
    result_id   text
);
