/**
 * Kartoteka's segmentation: activity metrics and the six activity types, the rule language for VIP criteria and named
 * segments, RFM scoring, rule segments over a whole {@link dev.kartoteka.core.registry.ClientRegistry}, and customer
 * lifetime value models fitted by maximum likelihood.
 *
 * @since 0.1
 */
module dev.kartoteka.segmentation {
    // the API takes and returns crm-core types (PartyId, Party, ClientRegistry, PartyQuery, KartotekaException...)
    requires transitive dev.kartoteka.core;
    // Hipparchus 3.1 has neither module-info nor Automatic-Module-Name: these names are derived from the jar names.
    // Used inside the CLV models only; no Hipparchus type appears in the API
    requires hipparchus.core;
    requires hipparchus.optim;
    requires org.slf4j;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.kartoteka.segmentation.activity;
    exports dev.kartoteka.segmentation.clv;
    exports dev.kartoteka.segmentation.rfm;
    exports dev.kartoteka.segmentation.rule;
    exports dev.kartoteka.segmentation.segment;
}
