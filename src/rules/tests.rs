//! End-to-end tests of the rule tagger: the seed article (read at test time), small multilingual
//! fixtures written for this project, odd Unicode input.
