package io.precondition.sample.it.threads;

import io.precondition.annotation.ETagSource;

/** What the lookups return: a document's version. */
public record DocVersion(@ETagSource long version) {
}
