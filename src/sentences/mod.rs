//! Rule-based sentence segmentation (owned by the sentences work; placeholder).
