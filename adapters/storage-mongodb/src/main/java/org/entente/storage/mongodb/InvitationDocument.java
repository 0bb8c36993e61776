package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * An invitation. Beside the fields of the domain: {@code sortKey} (the date extended's, empty when undated) and
 * {@code persons}, the inviter and the invitee, which a person criterion matches.
 */
@Document("invitations")
@CompoundIndex(name = "invitation_order", def = "{'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "invitation_relation_order", def = "{'relation': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "invitation_person_order", def = "{'persons': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "invitation_status_order", def = "{'status': 1, 'sortKey': 1, '_id': 1}")
record InvitationDocument(@MongoId(FieldType.STRING) String id, String relation, String inviter, String invitee,
                          String purpose, String conveyedBy, String extendedAt, String extendedOn, String status,
                          String fulfilledBy, List<EvidenceDocument> evidence, @Version long version, String sortKey,
                          List<String> persons) implements StoredDocument {
}
