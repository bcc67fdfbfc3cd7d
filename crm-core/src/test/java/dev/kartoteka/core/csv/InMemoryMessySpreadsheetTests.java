package dev.kartoteka.core.csv;

import dev.kartoteka.core.registry.ClientRegistry;

/** Runs the {@link MessySpreadsheetContract} (its tests and assertions) on the in-memory stores. */
class InMemoryMessySpreadsheetTests extends MessySpreadsheetContract {

    @Override
    protected ClientRegistry.Builder registryBuilder() {
        return ClientRegistry.builder();
    }
}
