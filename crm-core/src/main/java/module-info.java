/**
 * Kartoteka's client registry: the model (parties, contact persons, roles, contact points, identifiers), its
 * validation, the {@link dev.kartoteka.core.registry.ClientRegistry} service API, the storage port and the in-memory
 * store.
 *
 * @since 0.1
 */
module dev.kartoteka.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module: its own dependencies must be required here to be resolved
    requires org.jboss.logging;
    requires com.fasterxml.classmate;
    requires org.slf4j;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.apache.commons.csv;
    requires org.apache.commons.text;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.kartoteka.core;
    exports dev.kartoteka.core.access;
    exports dev.kartoteka.core.audit;
    exports dev.kartoteka.core.consent;
    exports dev.kartoteka.core.csv;
    exports dev.kartoteka.core.duplicate;
    exports dev.kartoteka.core.field;
    exports dev.kartoteka.core.history;
    exports dev.kartoteka.core.identifier;
    exports dev.kartoteka.core.merge;
    exports dev.kartoteka.core.money;
    exports dev.kartoteka.core.privacy;
    exports dev.kartoteka.core.party;
    exports dev.kartoteka.core.registry;
    exports dev.kartoteka.core.spi;
    exports dev.kartoteka.core.standardization;

    // Hibernate Validator reads the constraint annotations of the model reflectively
    opens dev.kartoteka.core.party to org.hibernate.validator;
}
