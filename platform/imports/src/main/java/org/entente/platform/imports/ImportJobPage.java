package org.entente.platform.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.rest.Page;

/**
 * The list of past imports as the documents show it, for an {@code @APIResponse} that gives it an example: a
 * {@code Page<ImportJobView>}, which an annotation cannot name, under the name SmallRye gives that page.
 */
@Schema(name = "PageImportJobView")
public record ImportJobPage(
        @Schema(description = "The items of this page") List<ImportJobView> items,
        @Schema(description = Page.NEXT_DOC, nullable = true) String next) {
}
