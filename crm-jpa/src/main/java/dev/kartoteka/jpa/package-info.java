/**
 * Kartoteka on a relational database: {@link dev.kartoteka.jpa.KartotekaJpa} migrates Kartoteka's tables (Flyway, for
 * H2, PostgreSQL and MariaDB), maps them (Jakarta Persistence, Hibernate ORM) and hands out the durable
 * implementations of crm-core's storage ports.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.jpa;

import org.jspecify.annotations.NullMarked;
