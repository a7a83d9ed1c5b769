package test.two;
import io.precondition.annotation.ETagSource;
public record Item(@ETagSource long version) {}
