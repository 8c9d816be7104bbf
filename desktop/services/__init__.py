"""Use cases over the store, one module per area. Transactions live here. No Qt."""
