package vn.plantrack.investment;

/** A roll-up with its place: equal rates share a place (1, 2, 2, 4). */
public record Ranked(int rank, Rollup rollup) {
}
