package io.precondition.processor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** URI templates (RFC 6570, as Micronaut reads them): their variables and the filter pattern that covers them. */
class RoutesTest {

    @ParameterizedTest(name = "{0} has variables [{1}]")
    @CsvSource(delimiter = '|', value = {
            "/pages/{slug}        | slug",
            "/{id:[0-9]+}         | id",
            "/{id:[0-9]{4}}       | id",
            "/pages{/opt}         | opt",
            "/search{?q}          | ''",
            "/search{?q,page}     | ''",
            "/list{&sort}         | ''",
            "/a/{b}/c/{d}         | b,d",
            "/files/{+path}       | path",
            "/files{/path*}       | path",
            "/x/{a,b}             | a,b",
            "/plain               | ''",
            // Property placeholders are resolved by Micronaut before it reads the template: not variables.
            "${app.base}/pages/{slug} | slug",
            "${app.base:/x}/{id}      | id",
            "${a:${b}}/{id}           | id",
            "/${app.base}             | ''",
    })
    void variablesOf(String uri, String expected) {
        List<String> variables = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertEquals(variables, List.copyOf(Routes.variablesOf(uri)));
    }

    @Test
    void variablesKeepTheirOrderAndAreNotRepeated() {
        Set<String> variables = Routes.variablesOf("/{b}/{a}/{b}");
        assertEquals(List.of("b", "a"), List.copyOf(variables));
    }
}
