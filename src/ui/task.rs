//! Background work, one way for all of it: a search, an export, an import and a picture of the
//! window each run as a [`Task`], whose result the view that started it polls once a frame.
//! The window is redrawn when a task reports progress or finishes, so nobody polls in a loop.

use std::sync::{
    Arc,
    atomic::{AtomicBool, AtomicUsize, Ordering},
    mpsc::{self, Receiver, Sender, TryRecvError},
};

use egui::Context;

/// What a task can see of the view that started it: whether to stop, and where to say how far it
/// has come.
#[derive(Debug)]
pub struct Control {
    cancelled: AtomicBool,
    done: AtomicUsize,
    total: AtomicUsize,
    repaint: Context,
}

impl Control {
    /// Whether the user asked the task to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Says that `done` of `total` steps are done, and has the window redrawn to show it.
    pub fn progress(&self, done: usize, total: usize) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.repaint.request_repaint();
    }
}

/// Where a task has got to.
#[derive(Debug)]
pub enum Poll<T> {
    /// Still working.
    Pending,
    /// Finished with this result (given once).
    Ready(T),
    /// Ended without a result (it panicked, or whoever was to answer went away).
    Lost,
}

/// Work under way off the UI thread, and its result once it comes.
#[derive(Debug)]
pub struct Task<T> {
    result: Receiver<T>,
    control: Arc<Control>,
}

impl<T: Send + 'static> Task<T> {
    /// Runs `work` on a thread of its own.
    pub fn spawn(ctx: &Context, work: impl FnOnce(&Control) -> T + Send + 'static) -> Self {
        let (answer, task) = Self::promise(ctx);
        let control = Arc::clone(&task.control);
        std::thread::spawn(move || answer.give(work(&control)));
        task
    }

    /// A task whose result someone else gives, through the [`Answer`] (a callback of egui's,
    /// say).
    pub fn promise(ctx: &Context) -> (Answer<T>, Self) {
        let (send, result) = mpsc::channel();
        let control = Arc::new(Control {
            cancelled: AtomicBool::new(false),
            done: AtomicUsize::new(0),
            total: AtomicUsize::new(0),
            repaint: ctx.clone(),
        });
        let answer = Answer {
            send,
            repaint: ctx.clone(),
        };
        (answer, Self { result, control })
    }

    /// Where the task has got to. A result is given once; after that the task is
    /// [`Poll::Lost`].
    pub fn poll(&self) -> Poll<T> {
        match self.result.try_recv() {
            Ok(result) => Poll::Ready(result),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }

    /// Asks the task to stop; it decides when (see [`Control::is_cancelled`]).
    pub fn cancel(&self) {
        self.control.cancelled.store(true, Ordering::Relaxed);
    }

    /// How far the task has come, as (steps done, steps in all).
    pub fn progress(&self) -> (usize, usize) {
        (
            self.control.done.load(Ordering::Relaxed),
            self.control.total.load(Ordering::Relaxed),
        )
    }
}

/// Gives a task its result.
#[derive(Debug)]
pub struct Answer<T> {
    send: Sender<T>,
    repaint: Context,
}

impl<T> Answer<T> {
    /// Gives the result and has the window redrawn to take it.
    pub fn give(self, result: T) {
        // A task nobody polls any more (its view has gone) needs no answer.
        let _ = self.send.send(result);
        self.repaint.request_repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(task: &Task<T>) -> Poll<T> {
        loop {
            match task.poll() {
                Poll::Pending => std::thread::yield_now(),
                done => return done,
            }
        }
    }

    #[test]
    fn a_task_gives_its_result_once_then_is_lost() {
        let ctx = Context::default();
        let task = Task::spawn(&ctx, |_| 6 * 7);
        assert!(matches!(wait(&task), Poll::Ready(42)));
        assert!(matches!(task.poll(), Poll::Lost));
    }

    #[test]
    fn a_task_sees_its_cancellation_and_reports_progress() {
        let ctx = Context::default();
        let (go, started) = mpsc::channel::<()>();
        let task = Task::spawn(&ctx, move |control| {
            control.progress(1, 3);
            // Wait for the test to cancel.
            let _ = started.recv();
            control.is_cancelled()
        });
        task.cancel();
        go.send(()).unwrap();
        assert!(matches!(wait(&task), Poll::Ready(true)));
        assert_eq!(task.progress(), (1, 3));
    }

    #[test]
    fn a_task_whose_work_panics_is_lost_not_pending_for_ever() {
        let ctx = Context::default();
        let task: Task<u8> = Task::spawn(&ctx, |_| panic!("on purpose"));
        assert!(matches!(wait(&task), Poll::Lost));
    }
}
