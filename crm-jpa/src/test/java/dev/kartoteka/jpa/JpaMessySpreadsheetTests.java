package dev.kartoteka.jpa;

import dev.kartoteka.core.csv.MessySpreadsheetContract;
import dev.kartoteka.core.registry.ClientRegistry;

/**
 * Import, duplicate scan and merge of a messy spreadsheet, end to end on the test database: the tests and assertions
 * of {@link MessySpreadsheetContract}.
 */
class JpaMessySpreadsheetTests extends MessySpreadsheetContract {

    @Override
    protected ClientRegistry.Builder registryBuilder() {
        return TestDatabase.freshTenant().registryBuilder();
    }
}
