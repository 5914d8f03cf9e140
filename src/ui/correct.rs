//! Correcting a row found automatically, in a small modal window: a figure's value, unit,
//! qualifier, period, stage, label, category and programme, or a programme's name, category,
//! period and status; "measures the same as" another figure; merging into another row; and
//! splitting a passage off into a row of its own. What the user saves becomes corrections in
//! the library (see `model::library::correct`).

use egui::{ComboBox, Id, Modal, RichText, Ui};

use super::{Action, Actions, labelled_field};
use crate::model::{
    Catalogue, Category, Corpus, Figure, Programme, Qualifier, Stage, Status, Unit, capitalise,
    catalogue::format_number,
    library::{Change, CorrectError, Correction, Fields, Kind, parse_value},
};

/// The open corrector, if any.
#[derive(Debug, Default)]
pub struct Corrector {
    open: Option<Draft>,
    /// Why the last save was refused, shown in the window.
    error: Option<String>,
}

/// The row's fields as the user edits them, beside what they were.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    kind: Kind,
    id: String,
    value: String,
    unit: Unit,
    noun: String,
    qualifier: Qualifier,
    period: String,
    stage: Stage,
    status: Status,
    label: String,
    category: Category,
    programme: Option<String>,
    same_as: Option<String>,
    merge_into: Option<String>,
    /// The passages of the row, described, for splitting one off.
    passages: Vec<String>,
    was: Option<Box<Draft>>,
}

impl Draft {
    fn of_figure(f: &Figure, corpus: &Corpus) -> Self {
        Self {
            kind: Kind::Figure,
            id: f.id.clone(),
            value: format_number(f.value),
            unit: f.unit,
            noun: f.noun.clone().unwrap_or_default(),
            qualifier: f.qualifier,
            period: f.period.clone().unwrap_or_default(),
            stage: f.measure.stage,
            status: Status::Unstated,
            label: f.label.clone(),
            category: f.category,
            programme: f.programme.clone(),
            same_as: None,
            merge_into: None,
            passages: f.citations.iter().map(|c| passage(c, corpus)).collect(),
            was: None,
        }
    }

    fn of_programme(p: &Programme, corpus: &Corpus) -> Self {
        Self {
            kind: Kind::Programme,
            id: p.id.clone(),
            value: String::new(),
            unit: Unit::People,
            noun: String::new(),
            qualifier: Qualifier::Exact,
            period: p.period.clone(),
            stage: Stage::Unstated,
            status: p.status,
            label: p.name.clone(),
            category: p.category,
            programme: None,
            same_as: None,
            merge_into: None,
            passages: p.citations.iter().map(|c| passage(c, corpus)).collect(),
            was: None,
        }
    }

    /// The corrections the changes make, checked.
    fn corrections(&self, catalogue: &Catalogue) -> Result<Vec<Correction>, CorrectError> {
        let Some(was) = self.was.as_deref() else {
            return Ok(Vec::new());
        };
        let changed = |a: bool| a.then_some(());
        let figure = self.kind == Kind::Figure;
        let fields = Fields {
            value: match changed(figure && self.value != was.value) {
                Some(()) => Some(parse_value(&self.value)?),
                None => None,
            },
            unit: changed(self.unit != was.unit).map(|()| self.unit),
            noun: changed(self.noun != was.noun).map(|()| self.noun.clone()),
            qualifier: changed(self.qualifier != was.qualifier).map(|()| self.qualifier),
            period: changed(self.period != was.period).map(|()| self.period.clone()),
            stage: changed(self.stage != was.stage).map(|()| self.stage),
            status: changed(self.status != was.status).map(|()| self.status),
            label: changed(self.label != was.label).map(|()| self.label.clone()),
            category: changed(self.category != was.category).map(|()| self.category),
            programme: match self.programme.as_deref().filter(|_| self.programme != was.programme) {
                Some(id) => Some(Correction::target(catalogue, Kind::Programme, id)?),
                None => None,
            },
        };
        let mut out = Vec::new();
        if fields != Fields::default() {
            out.push(Correction::new(catalogue, self.kind, &self.id, Change::Set { fields })?);
        }
        if let Some(other) = &self.same_as {
            let target = Correction::target(catalogue, Kind::Figure, other)?;
            out.push(Correction::new(
                catalogue,
                self.kind,
                &self.id,
                Change::SameAs { target },
            )?);
        }
        if let Some(other) = &self.merge_into {
            let target = Correction::target(catalogue, self.kind, other)?;
            out.push(Correction::new(
                catalogue,
                self.kind,
                &self.id,
                Change::MergeInto { target },
            )?);
        }
        Ok(out)
    }
}

/// A passage, described: where it is and how it begins.
fn passage(c: &crate::model::citation::Citation, corpus: &Corpus) -> String {
    let source = corpus
        .get(&c.article)
        .map(|a| a.publisher_short.clone())
        .unwrap_or_else(|| c.article.clone());
    // The quote with a little of the text around it: the same words said twice read apart.
    let quoted = format!("{}{}{}", c.prefix, c.exact, c.suffix);
    let start: String = quoted.chars().take(90).collect();
    let more = if quoted.chars().count() > 90 { "…" } else { "" };
    format!("{source}: “{}{more}”", start.trim())
}

impl Corrector {
    /// Opens the corrector on the row `id` of this kind.
    pub fn open(&mut self, kind: Kind, id: &str, catalogue: &Catalogue, corpus: &Corpus) {
        let draft = match kind {
            Kind::Figure => catalogue.figure(id).map(|f| Draft::of_figure(f, corpus)),
            Kind::Programme => catalogue.programme(id).map(|p| Draft::of_programme(p, corpus)),
        };
        self.open = draft.map(|mut d| {
            d.was = Some(Box::new(d.clone()));
            d
        });
        self.error = None;
    }

    /// Closes the corrector; says whether it was open.
    pub fn close(&mut self) -> bool {
        self.open.take().is_some()
    }

    /// The row it is open on.
    pub fn row(&self) -> Option<(Kind, String)> {
        self.open.as_ref().map(|d| (d.kind, d.id.clone()))
    }

    /// Says in the window why what the user asked could not be done; it stays open.
    pub fn refuse(&mut self, reason: String) {
        self.error = Some(reason);
    }

    /// Shows the corrector if it is open, and queues what the user decided.
    pub fn ui(&mut self, ui: &Ui, catalogue: &Catalogue, actions: &mut Actions) {
        let Some(draft) = self.open.as_mut() else { return };
        let mut cancel = false;
        let mut save = false;
        let mut split = None;
        Modal::new(Id::unique("parama_correct_row")).show(ui.ctx(), |ui| {
            ui.set_width(560.0);
            ui.heading(match draft.kind {
                Kind::Figure => "Correct this figure",
                Kind::Programme => "Correct this programme",
            });
            ui.weak("Your corrections are kept in your library, anchored to the passage, and marked “reviewed”.");
            ui.add_space(6.0);
            egui::Grid::new("correct_fields")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    match draft.kind {
                        Kind::Figure => figure_fields(ui, draft, catalogue),
                        Kind::Programme => programme_fields(ui, draft),
                    }
                    merge_ui(ui, draft, catalogue);
                });
            if draft.passages.len() > 1 {
                ui.add_space(6.0);
                ui.strong("Passages");
                ui.weak("Split one off when it states something else: it becomes a row of its own.");
                for (at, text) in draft.passages.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui.small_button("Split off").on_hover_text(text).clicked() {
                            split = Some(at);
                        }
                        ui.add(egui::Label::new(text).truncate());
                    });
                }
            }
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                save = ui.button("Save").clicked();
                cancel = ui.button("Cancel").clicked();
            });
        });
        let corrections = if let Some(at) = split {
            Correction::split(catalogue, draft.kind, &draft.id, at).map(|c| vec![c])
        } else if save {
            draft.corrections(catalogue)
        } else {
            Ok(Vec::new())
        };
        match corrections {
            Ok(c) if c.is_empty() && save => cancel = true,
            Ok(c) if c.is_empty() => {}
            Ok(c) => actions.push(Action::Correct(c)),
            Err(error) => self.error = Some(capitalise(&format!("{error}."))),
        }
        if cancel {
            self.close();
        }
    }
}

/// A row of the form: a one-line text field and its label, named for screen readers.
fn field(ui: &mut Ui, label: &str, value: &mut String, hint: &str) {
    labelled_field(ui, label, value, hint, WIDE);
    ui.end_row();
}

/// The width of the form's fields.
const WIDE: f32 = 400.0;

/// A row of the form: a drop-down list and its label, named for screen readers.
fn combo(ui: &mut Ui, label: &str, selected: impl Into<egui::WidgetText>, contents: impl FnOnce(&mut Ui)) {
    ui.label(label);
    let response = ComboBox::from_id_salt(("correct", label))
        .selected_text(selected)
        .width(WIDE)
        .truncate()
        .show_ui(ui, contents)
        .response;
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
    ui.end_row();
}

/// A labelled choice among `options`.
fn choice<T: PartialEq + Copy>(ui: &mut Ui, label: &str, value: &mut T, options: &[T], name: impl Fn(T) -> String) {
    combo(ui, label, name(*value), |ui| {
        for &option in options {
            ui.selectable_value(value, option, name(option));
        }
    });
}

fn figure_fields(ui: &mut Ui, d: &mut Draft, catalogue: &Catalogue) {
    field(ui, "Value", &mut d.value, "e.g. 1,600");
    choice(ui, "Qualifier", &mut d.qualifier, &Qualifier::ALL, |q| {
        q.label().to_owned()
    });
    choice(ui, "Unit", &mut d.unit, &Unit::ALL, |u| u.label().to_owned());
    if d.unit == Unit::Items {
        field(ui, "What is counted", &mut d.noun, "e.g. drones");
    }
    field(ui, "What it measures", &mut d.label, "");
    field(
        ui,
        "Period",
        &mut d.period,
        "e.g. 2023, 2014–2019; empty when not stated",
    );
    choice(ui, "Stage", &mut d.stage, &Stage::ALL, |s| s.label().to_owned());
    choice(ui, "Category", &mut d.category, &Category::ALL, |c| {
        c.label().to_owned()
    });
    let name = |id: Option<&str>| {
        id.and_then(|id| catalogue.programme(id))
            .map_or_else(|| "(none)".to_owned(), |p| p.name.clone())
    };
    combo(ui, "Programme", name(d.programme.as_deref()), |ui| {
        for p in catalogue.programmes().iter().filter(|p| !p.citations.is_empty()) {
            ui.selectable_value(&mut d.programme, Some(p.id.clone()), &p.name);
        }
    });
    // Figures of the same unit it may measure the same as.
    let describe = |f: &Figure| {
        let period = f.period.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
        format!("{} — {}{period}", f.formatted(), f.label)
    };
    let selected = d
        .same_as
        .as_deref()
        .and_then(|id| catalogue.figure(id))
        .map_or_else(|| "(its own measure)".to_owned(), describe);
    combo(ui, "Measures the same as", selected, |ui| {
        ui.selectable_value(&mut d.same_as, None, "(its own measure)");
        for f in catalogue.figures().iter().filter(|f| f.unit == d.unit && f.id != d.id) {
            ui.selectable_value(&mut d.same_as, Some(f.id.clone()), describe(f));
        }
    });
}

fn programme_fields(ui: &mut Ui, d: &mut Draft) {
    field(ui, "Name", &mut d.label, "");
    field(ui, "Period", &mut d.period, "e.g. 2023, 2014–2019");
    choice(ui, "Status", &mut d.status, &Status::ALL, |s| s.label().to_owned());
    choice(ui, "Category", &mut d.category, &Category::ALL, |c| {
        c.label().to_owned()
    });
}

/// "The same as …": the rows of its kind it may be merged into.
fn merge_ui(ui: &mut Ui, d: &mut Draft, catalogue: &Catalogue) {
    let rows: Vec<(String, String)> = match d.kind {
        Kind::Figure => catalogue
            .figures()
            .iter()
            .filter(|f| f.id != d.id && f.unit == d.unit)
            .map(|f| (f.id.clone(), format!("{} — {}", f.formatted(), f.label)))
            .collect(),
        Kind::Programme => catalogue
            .programmes()
            .iter()
            .filter(|p| p.id != d.id)
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
    };
    let selected = d
        .merge_into
        .as_deref()
        .and_then(|id| rows.iter().find(|(r, _)| r == id))
        .map_or("(keep it a row of its own)", |(_, name)| name.as_str())
        .to_owned();
    combo(ui, "Merge into", selected, |ui| {
        ui.selectable_value(&mut d.merge_into, None, "(keep it a row of its own)");
        for (id, name) in &rows {
            ui.selectable_value(&mut d.merge_into, Some(id.clone()), name);
        }
    });
}
