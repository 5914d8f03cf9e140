//! Which rows of a table are selected: kept by id, so a selection survives sorting, filtering
//! and new data, with the clicks of a desktop list (plain, Ctrl/Cmd, Shift).

use std::collections::BTreeSet;

/// Which rows are selected, by id, and which one was clicked last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<String>,
    anchor: Option<String>,
    current: Option<String>,
}

impl Selection {
    /// Applies a click on row `id`: alone it selects just that row; with `command` it toggles
    /// the row; with `shift` it selects the range from the last clicked row to this one, in
    /// `order` (the rows as shown), adding to the selection if `command` is held too.
    pub fn click(&mut self, id: &str, command: bool, shift: bool, order: &[&str]) {
        let anchor_at = self.anchor.as_deref().and_then(|a| order.iter().position(|o| *o == a));
        let here = order.iter().position(|o| *o == id);
        match (shift, anchor_at, here) {
            (true, Some(a), Some(h)) => {
                if !command {
                    self.ids.clear();
                }
                let range = a.min(h)..=a.max(h);
                self.ids
                    .extend(order.get(range).unwrap_or_default().iter().map(|s| (*s).to_owned()));
            }
            _ if command => {
                if !self.ids.remove(id) {
                    self.ids.insert(id.to_owned());
                }
                self.anchor = Some(id.to_owned());
            }
            _ => {
                self.ids = BTreeSet::from([id.to_owned()]);
                self.anchor = Some(id.to_owned());
            }
        }
        self.current = self.ids.contains(id).then(|| id.to_owned());
    }

    /// Selects every row in `order`.
    pub fn select_all(&mut self, order: &[&str]) {
        self.ids = order.iter().map(|s| (*s).to_owned()).collect();
    }

    /// Makes `id` the row whose details are shown, if it is selected.
    pub fn set_current(&mut self, id: &str) {
        if self.ids.contains(id) {
            self.current = Some(id.to_owned());
            self.anchor = Some(id.to_owned());
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Whether row `id` is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The selected ids.
    pub fn ids(&self) -> &BTreeSet<String> {
        &self.ids
    }

    /// The row whose details are shown: the last one clicked, while it is selected.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref().filter(|c| self.ids.contains(*c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: [&str; 5] = ["a", "b", "c", "d", "e"];

    fn ids(s: &Selection) -> Vec<&str> {
        s.ids().iter().map(String::as_str).collect()
    }

    #[test]
    fn a_plain_click_selects_one_row() {
        let mut s = Selection::default();
        s.click("b", false, false, &ORDER);
        s.click("d", false, false, &ORDER);
        assert_eq!(ids(&s), ["d"]);
        assert_eq!(s.current(), Some("d"));
    }

    #[test]
    fn command_click_toggles_rows() {
        let mut s = Selection::default();
        s.click("b", false, false, &ORDER);
        s.click("d", true, false, &ORDER);
        assert_eq!(ids(&s), ["b", "d"]);
        s.click("b", true, false, &ORDER);
        assert_eq!(ids(&s), ["d"]);
        assert_eq!(s.current(), None, "the row just unselected shows no details");
    }

    #[test]
    fn shift_click_selects_a_range_in_the_order_shown() {
        let mut s = Selection::default();
        s.click("d", false, false, &ORDER);
        s.click("b", false, true, &ORDER);
        assert_eq!(ids(&s), ["b", "c", "d"]);
        // In another order (say, sorted descending) the same click covers other rows.
        let reversed = ["e", "d", "c", "b", "a"];
        s.click("a", false, true, &reversed);
        assert_eq!(ids(&s), ["a", "b", "c", "d"]);
        // With command, the range is added to what was selected.
        s.click("e", false, false, &ORDER);
        s.click("a", true, false, &ORDER);
        s.click("b", true, true, &ORDER);
        assert_eq!(ids(&s), ["a", "b", "e"]);
    }

    #[test]
    fn selection_survives_rows_being_hidden() {
        let mut s = Selection::default();
        s.select_all(&ORDER);
        s.click("c", true, false, &["c"]);
        assert_eq!(ids(&s), ["a", "b", "d", "e"]);
        s.clear();
        assert!(s.ids().is_empty());
    }
}
