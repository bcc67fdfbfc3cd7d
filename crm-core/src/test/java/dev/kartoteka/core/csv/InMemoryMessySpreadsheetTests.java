package dev.kartoteka.core.csv;

import dev.kartoteka.core.registry.ClientRegistry;

class InMemoryMessySpreadsheetTests extends MessySpreadsheetContract {

    @Override
    protected ClientRegistry.Builder registryBuilder() {
        return ClientRegistry.builder();
    }
}
