//! Which way of drawing the window to use. eframe draws through wgpu, which can drive several
//! graphics APIs ("backends"); which of them works depends on the machine: a virtual machine, a
//! remote desktop session, an old driver or Wine may have one and not another, and wgpu's choice
//! of adapter can fail only when the window's device is made ("Parent device is lost").
//!
//! So Parama tries the platform's backends in turn, the one that worked last time first, and
//! remembers the one that works. A window can be opened only once per process (winit allows one
//! event loop), so each further try is Parama started again with one backend
//! ([`RENDERER_VARIABLE`]); a try that cannot open its window ends with [`COULD_NOT_OPEN`].
//! `WGPU_BACKEND`, wgpu's own variable, still decides alone when it is set.

use std::{fmt, path::Path};

use eframe::wgpu::Backends;

/// The variable that names the backends to try, in order (`vulkan,gl`): for tests, for users
/// whose machine needs one, and for Parama's own further tries.
pub const RENDERER_VARIABLE: &str = "PARAMA_RENDERER";

/// The exit code of a try that could not open its window, so the try before it goes on to the
/// next backend.
pub const COULD_NOT_OPEN: u8 = 3;

/// The file in the data folder that names the backend that worked last.
const REMEMBERED: &str = "renderer.txt";

/// A graphics API wgpu can draw through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Direct3D 12 (Windows).
    Dx12,
    /// Vulkan (Linux, Windows; Android).
    Vulkan,
    /// Metal (macOS).
    Metal,
    /// OpenGL or OpenGL ES (everywhere, often in software).
    Gl,
}

impl Backend {
    /// Every backend, by name.
    const ALL: [Self; 4] = [Self::Dx12, Self::Vulkan, Self::Metal, Self::Gl];

    /// Its name, as `WGPU_BACKEND` and [`RENDERER_VARIABLE`] spell it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Dx12 => "dx12",
            Self::Vulkan => "vulkan",
            Self::Metal => "metal",
            Self::Gl => "gl",
        }
    }

    /// The backend called `name` (case aside).
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|b| b.name().eq_ignore_ascii_case(name.trim()))
    }

    /// As wgpu's set of backends.
    pub fn wgpu(self) -> Backends {
        match self {
            Self::Dx12 => Backends::DX12,
            Self::Vulkan => Backends::VULKAN,
            Self::Metal => Backends::METAL,
            Self::Gl => Backends::GL,
        }
    }

    /// The backends worth trying on this system, best first.
    pub fn for_this_system() -> Vec<Self> {
        if cfg!(windows) {
            vec![Self::Dx12, Self::Vulkan, Self::Gl]
        } else if cfg!(target_os = "macos") {
            vec![Self::Metal, Self::Gl]
        } else {
            vec![Self::Vulkan, Self::Gl]
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What to try, in order: the backends [`RENDERER_VARIABLE`] names (`value`), if any; else this
/// system's, the one that worked last time (`remembered`) first.
pub fn plan(value: Option<&str>, remembered: Option<Backend>) -> Vec<Backend> {
    let named: Vec<Backend> = value
        .into_iter()
        .flat_map(|v| v.split(','))
        .filter_map(Backend::named)
        .fold(Vec::new(), |mut all, b| {
            if !all.contains(&b) {
                all.push(b);
            }
            all
        });
    if !named.is_empty() {
        return named;
    }
    let mut order = Backend::for_this_system();
    if let Some(last) = remembered
        && let Some(at) = order.iter().position(|b| *b == last)
    {
        order[..=at].rotate_right(1);
    }
    order
}

/// The backend that worked last time in `folder`, if it says.
pub fn remembered(folder: &Path) -> Option<Backend> {
    Backend::named(&std::fs::read_to_string(folder.join(REMEMBERED)).ok()?)
}

/// Notes in `folder` that `backend` works, for the next start. Not being able to is no reason
/// to stop: the next start tries the backends in turn again.
pub fn remember(folder: &Path, backend: Backend) {
    if remembered(folder) != Some(backend) {
        let _ = std::fs::create_dir_all(folder);
        let _ = crate::model::export::write_atomically(&folder.join(REMEMBERED), backend.name().as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_decides_the_order_and_unknown_names_are_passed_over() {
        assert_eq!(plan(Some("gl, Vulkan"), None), [Backend::Gl, Backend::Vulkan]);
        assert_eq!(
            plan(Some("dx12,nothing,gl,gl"), Some(Backend::Vulkan)),
            [Backend::Dx12, Backend::Gl]
        );
        assert_eq!(plan(Some("nothing"), None), Backend::for_this_system());
    }

    #[test]
    fn what_worked_last_time_is_tried_first_then_the_rest_in_order() {
        let system = Backend::for_this_system();
        let last = *system.last().unwrap();
        let plan = plan(None, Some(last));
        assert_eq!(plan.first(), Some(&last));
        assert_eq!(plan.len(), system.len());
        assert_eq!(&plan[1..], &system[..system.len() - 1]);
        // A backend this system does not have is not added.
        let foreign = if cfg!(target_os = "macos") {
            Backend::Dx12
        } else {
            Backend::Metal
        };
        assert_eq!(super::plan(None, Some(foreign)), system);
    }

    #[test]
    fn what_worked_is_remembered_in_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(remembered(dir.path()), None);
        remember(dir.path(), Backend::Gl);
        assert_eq!(remembered(dir.path()), Some(Backend::Gl));
        std::fs::write(dir.path().join(REMEMBERED), "something else").unwrap();
        assert_eq!(remembered(dir.path()), None);
    }
}
