package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The mechanics every MongoDB port shares: one document per aggregate, mapped at this edge; batch loads as one
 * {@code $in}; keyset pages on a stored sort key and the id; optimistic saves through Spring Data's {@code @Version},
 * with the driver's refusals turned into the domain's errors.
 */
abstract class MongoAggregateStore<I extends AggregateId, A extends Aggregate<I, A>, D extends StoredDocument>
        implements AggregateStore<I, A> {

    /** A unique index on a natural key, and the domain rule a duplicate breaks. */
    record NaturalKey(String index, String rule, String name) {
    }

    /** Big enough that a list comes back in the first batch: one round trip (the server caps a batch at 16 MiB). */
    private static final int ONE_BATCH = 100_000;
    private static final String ID = "_id";

    protected final MongoTemplate mongo;
    private final MongoSite site;
    private final WriteUnits units;
    private final Class<D> documentType;
    private final String kind;
    private final Function<A, D> toDocument;
    private final Function<D, A> toAggregate;
    private final NaturalKey naturalKey;

    MongoAggregateStore(MongoSite site, Class<D> documentType, String kind,
                        Function<A, D> toDocument, Function<D, A> toAggregate, NaturalKey naturalKey) {
        this.mongo = site.mongo();
        this.site = site;
        this.units = site.units();
        this.documentType = documentType;
        this.kind = kind;
        this.toDocument = toDocument;
        this.toAggregate = toAggregate;
        this.naturalKey = naturalKey;
    }

    @Override
    public Optional<A> findById(I id) {
        return Optional.ofNullable(mongo.findById(id.value(), documentType)).map(toAggregate);
    }

    @Override
    public Map<I, A> findAllById(Collection<I> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, I> wanted = new LinkedHashMap<>();
        ids.forEach(id -> wanted.put(id.value(), id));
        Query query = Query.query(Criteria.where(ID).in(wanted.keySet())).cursorBatchSize(wanted.size());
        Map<I, A> found = new LinkedHashMap<>();
        for (D document : mongo.find(query, documentType)) {
            found.put(wanted.get(document.id()), toAggregate.apply(document));
        }
        return found;
    }

    @Override
    public Page<A> pageById(PageRequest request) {
        return page(new Criteria(), ID, request);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), documentType);
    }

    @Override
    public A save(A aggregate) {
        return units.write(() -> {
            try {
                D saved = mongo.save(toDocument.apply(aggregate));
                return aggregate.withVersion(saved.version());
            } catch (OptimisticLockingFailureException e) {
                throw new StaleVersionException(kind, aggregate.id().value(), aggregate.version());
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw refusal(aggregate, e);
            }
        });
    }

    /**
     * A page of the documents {@code filter} selects, ordered by {@code sortField} then id: the keyset bounds
     * become {@code $or} conditions, and a page read from the end is read in reverse and turned around.
     */
    final Page<A> page(Criteria filter, String sortField, PageRequest request) {
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(filter);
        if (request.after() != null) {
            conditions.add(Keysets.beyond(sortField, request.after(), true));
        }
        if (request.before() != null) {
            conditions.add(Keysets.beyond(sortField, request.before(), false));
        }
        Sort.Direction direction = request.fromEnd() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = ID.equals(sortField) ? Sort.by(direction, ID) : Sort.by(direction, sortField, ID);
        Query query = Query.query(allOf(conditions)).with(order).limit(request.size() + 1)
                .cursorBatchSize(request.size() + 1);
        List<A> window = new ArrayList<>(mongo.find(query, documentType).stream().map(this::read).toList());
        if (request.fromEnd()) {
            Collections.reverse(window);
        }
        return Page.cut(window, request);
    }

    /**
     * The same page of the documents each filter selects, in one aggregation (see {@link Branches}): each branch
     * sorted on {@code sortField} then id and limited to one more than the page.
     */
    final <K> Map<K, Page<A>> pages(Map<K, Criteria> filters, String sortField, PageRequest request) {
        if (filters.isEmpty()) {
            return Map.of();
        }
        List<Criteria> bounds = new ArrayList<>();
        if (request.after() != null) {
            bounds.add(Keysets.beyond(sortField, request.after(), true));
        }
        if (request.before() != null) {
            bounds.add(Keysets.beyond(sortField, request.before(), false));
        }
        int direction = request.fromEnd() ? -1 : 1;
        Document sort = ID.equals(sortField) ? new Document(ID, direction)
                : new Document(sortField, direction).append(ID, direction);
        Map<K, List<Document>> branches = new LinkedHashMap<>();
        filters.forEach((key, filter) -> branches.put(key, List.of(filter.getCriteriaObject(),
                new Document("$sort", sort), new Document("$limit", request.size() + 1))));
        Map<K, List<Document>> found = site.branches().run(mongo, collection(), allOf(bounds).getCriteriaObject(),
                branches);
        Map<K, Page<A>> pages = new LinkedHashMap<>();
        found.forEach((key, documents) -> {
            List<A> window = new ArrayList<>(documents.stream()
                    .map(document -> read(mongo.getConverter().read(documentType, document))).toList());
            if (request.fromEnd()) {
                Collections.reverse(window);
            }
            pages.put(key, Page.cut(window, request));
        });
        return pages;
    }

    /** How many documents each filter selects, counted by the server in one aggregation. */
    final <K> Map<K, Long> counts(Map<K, Criteria> filters) {
        return totals(filters, new Document("$count", "n"));
    }

    /** The sum of {@code field} over the documents each filter selects, summed by the server in one aggregation. */
    final <K> Map<K, Long> sums(Map<K, Criteria> filters, String field) {
        return totals(filters, new Document("$group", new Document(ID, null).append("n",
                new Document("$sum", "$" + field))));
    }

    private <K> Map<K, Long> totals(Map<K, Criteria> filters, Document total) {
        Map<K, List<Document>> branches = new LinkedHashMap<>();
        filters.forEach((key, filter) -> branches.put(key, List.of(filter.getCriteriaObject(), total)));
        Map<K, Long> totals = new LinkedHashMap<>();
        if (filters.isEmpty()) {
            return totals;
        }
        site.branches().run(mongo, collection(), new Document(), branches).forEach((key, documents) ->
                totals.put(key, documents.isEmpty() ? 0L : ((Number) documents.get(0).get("n")).longValue()));
        return totals;
    }

    private String collection() {
        return mongo.getCollectionName(documentType);
    }

    /** A document read back for a listing, counted as read. */
    private A read(D document) {
        site.documentsRead().incrementAndGet();
        return toAggregate.apply(document);
    }

    /** Every document {@code filter} selects, ordered by {@code sortField} then id, in one round trip. */
    final List<A> list(Criteria filter, String sortField) {
        Sort order = ID.equals(sortField) ? Sort.by(ID) : Sort.by(sortField, ID);
        Query query = Query.query(filter).with(order).cursorBatchSize(ONE_BATCH);
        return mongo.find(query, documentType).stream().map(this::read).toList();
    }

    final long count(Criteria filter) {
        return mongo.count(Query.query(filter), documentType);
    }

    /** All of {@code conditions}, leaving out empty ones. */
    static Criteria allOf(List<Criteria> conditions) {
        List<Criteria> present = conditions.stream().filter(c -> !c.getCriteriaObject().isEmpty()).toList();
        if (present.isEmpty()) {
            return new Criteria();
        }
        return present.size() == 1 ? present.get(0) : new Criteria().andOperator(present);
    }

    /** Each distinct criteria with its filter, in the order asked, for {@link #pages} and {@link #counts}. */
    static <C> Map<C, Criteria> each(Collection<C> criteria, Function<C, Criteria> filter) {
        Map<C, Criteria> filters = new LinkedHashMap<>();
        criteria.forEach(c -> filters.computeIfAbsent(c, filter));
        return filters;
    }

    /** Distinct string values of ids, for an {@code $in}. */
    static List<String> values(Collection<? extends AggregateId> ids) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        ids.forEach(id -> values.add(id.value()));
        return new ArrayList<>(values);
    }

    /**
     * The domain's error for a refused write, told by the name of the unique index that refused it
     * ({@link DuplicateKeyIndex}): the natural key's index by that exact name, else the id's.
     */
    private RuntimeException refusal(A aggregate, org.springframework.dao.DuplicateKeyException e) {
        String index = DuplicateKeyIndex.of(e);
        if (naturalKey != null && naturalKey.index().equals(index)) {
            return new DuplicateKeyException(naturalKey.rule(), "another " + kind + " has the " + naturalKey.name()
                    + " of " + kind + " " + aggregate.id().value() + " already");
        }
        if (aggregate.version() == 0) {
            return new DuplicateKeyException("ID_TAKEN", kind + " " + aggregate.id().value() + " exists already");
        }
        // The id is taken by the very record being replaced: another writer got there first.
        return new StaleVersionException(kind, aggregate.id().value(), aggregate.version());
    }
}
