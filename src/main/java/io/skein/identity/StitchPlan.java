package io.skein.identity;

import java.util.List;

/**
 * What stitching decided for one record or event: the customer it belongs to ({@code null}: a new one),
 * the customers merged into that one, and the warnings worth telling the sender.
 */
public record StitchPlan(String customerId, List<String> absorbed, List<String> warnings) {
}
