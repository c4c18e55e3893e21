//! Language identification and language segments (owned by the language work; placeholder).
