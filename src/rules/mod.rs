//! Rule- and gazetteer-based entity candidates and the merge policy (owned by the rules work; placeholder).
