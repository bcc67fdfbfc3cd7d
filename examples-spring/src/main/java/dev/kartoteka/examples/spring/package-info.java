/**
 * A minimal Spring Boot application with Kartoteka in Spring's persistence unit and transactions:
 * {@link dev.kartoteka.examples.spring.KartotekaSpringApplication} declares the two beans (the entity-manager factory
 * with Kartoteka's entities, the {@code ClientRegistry} on Spring's shared entity manager) and
 * {@link dev.kartoteka.examples.spring.ClientSignups} is an ordinary {@code @Transactional} service that uses them.
 */
package dev.kartoteka.examples.spring;
