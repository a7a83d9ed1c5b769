package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Slots through a blocking Micronaut Data JDBC repository; {@code update} checks the {@code @Version}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "it.slots", value = "true")
public interface SlotRepository extends CrudRepository<Slot, String> {
}
