package example.jpa;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

/** Notes in the database. */
@Repository
public interface NoteRepository extends JpaRepository<Note, Long> {
}
