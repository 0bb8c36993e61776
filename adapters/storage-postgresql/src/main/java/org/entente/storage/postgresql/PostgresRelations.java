package org.entente.storage.postgresql;

import java.util.List;
import java.util.Optional;
import org.entente.application.port.out.Relations;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.relation.RelationId;
import tools.jackson.databind.node.ObjectNode;

/** The relations: one per country pair, held by the unique {@code country_pair} column. */
final class PostgresRelations extends PostgresRecords<RelationId, BilateralRelation> implements Relations {

    PostgresRelations(PostgresSite site) {
        super(site, "relations", "relation", new NaturalKey<>("relations_country_pair_unique", "COUNTRY_PAIR_TAKEN",
                "country pair", r -> r.countries().key()));
    }

    @Override
    public Optional<BilateralRelation> findByCountries(CountryPair countries) {
        return select(new Sql("SELECT id, version, document FROM relations WHERE country_pair = ")
                .text(countries.key())).stream().findFirst();
    }

    @Override
    protected List<Column> columns(BilateralRelation r) {
        return List.of(Column.text("country_pair", r.countries().key()));
    }

    @Override
    protected void write(BilateralRelation r, ObjectNode d) {
        Json.texts(d, "countries", List.of(r.countries().first().code(), r.countries().second().code()));
        Json.objects(d, "levels", r.levels(), level -> {
            ObjectNode l = Json.object();
            l.put("name", level.name());
            Json.put(l, "since", level.since());
            Json.put(l, "until", level.until());
            Json.put(l, "announcedAt", level.announcedAt());
            Json.evidence(l, level.evidence());
            return l;
        });
    }

    @Override
    protected BilateralRelation record(Fields d, long version) {
        return new BilateralRelation(d.id("id", RelationId::new), CountryPair.of(d.texts("countries")),
                d.objects("levels", l -> new PartnershipLevel(l.text("name"), l.date("since"), l.optionalDate("until"),
                        l.optionalId("announcedAt", MeetingId::new), l.evidence())), version);
    }
}
