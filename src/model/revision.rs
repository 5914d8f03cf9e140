//! Revisions: a stamp that tells one state of the data from every other in this run of the
//! program, so that whatever is worked out from the data (a sorted list, a table's rows, a search
//! index, the Overview's charts) can tell when to work it out again.
//!
//! A cache keyed by a revision cannot go stale: a new corpus or catalogue gets a new revision
//! when it is made, and a revision is never handed out twice. (A memory address can be: the
//! allocator may give a new corpus the place of the old one.)

use std::sync::atomic::{AtomicU64, Ordering};

/// One state of some data: equal revisions mean the same data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Revision(u64);

impl Revision {
    /// A revision no data has had before in this run.
    pub fn new() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Default for Revision {
    /// A new revision: data made by `Default` is new data too.
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Revision;

    #[test]
    fn no_revision_is_handed_out_twice() {
        let revisions: std::collections::HashSet<Revision> = (0..1000).map(|_| Revision::new()).collect();
        assert_eq!(revisions.len(), 1000);
        let copied = Revision::new();
        assert_eq!(copied, copied.clone());
    }
}
