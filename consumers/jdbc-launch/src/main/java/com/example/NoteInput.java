package com.example;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of a PUT.
 *
 * @param title the new title
 * @param body the new text
 */
@Serdeable
public record NoteInput(String title, String body) {
}
