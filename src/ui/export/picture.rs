//! Pictures of the window, for a chart's PNG… and for `--screenshot`: taken once, cropped,
//! encoded as PNG and written like every other export.

use std::{path::Path, sync::Arc};

use egui::{ColorImage, Context, Pos2, Rect, Vec2};

use crate::{model::export::write_atomically, ui::task::Task};

/// A picture of the whole window as it is drawn next, in physical pixels.
pub fn capture(ctx: &Context) -> Task<Arc<ColorImage>> {
    let (answer, task) = Task::promise(ctx);
    ctx.request_screenshot(move |image| answer.give(image));
    task
}

/// The part of `image` (a picture of the whole window) inside `rect`, in points.
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> Result<ColorImage, String> {
    let whole = Rect::from_min_size(
        Pos2::ZERO,
        Vec2::new(image.width() as f32, image.height() as f32) / pixels_per_point,
    );
    let inside = rect.intersect(whole);
    if !inside.is_positive() {
        return Err("the chart is not on screen".to_owned());
    }
    Ok(image.region(&inside, Some(pixels_per_point)))
}

/// `image` encoded as a PNG.
pub fn png_bytes(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let (width, height) = (
        u32::try_from(width).map_err(|e| e.to_string())?,
        u32::try_from(height).map_err(|e| e.to_string())?,
    );
    let pixels: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let buffer =
        image::RgbaImage::from_raw(width, height, pixels).ok_or("the picture has the wrong number of pixels")?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(png.into_inner())
}

/// Writes `image` to `path` as a PNG, atomically: a file already there stays whole until the new
/// one is.
pub fn save_png(path: &Path, image: &ColorImage) -> Result<(), String> {
    write_atomically(path, &png_bytes(image)?).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use egui::Color32;

    use super::*;

    #[test]
    fn a_crop_outside_the_picture_is_an_error_not_a_panic() {
        let image = ColorImage::filled([100, 50], Color32::WHITE);
        let rect = |a: (f32, f32), b: (f32, f32)| Rect::from_min_max(Pos2::new(a.0, a.1), Pos2::new(b.0, b.1));
        assert_eq!(
            crop(&image, rect((10.0, 10.0), (60.0, 40.0)), 1.0).unwrap().size,
            [50, 30]
        );
        assert_eq!(
            crop(&image, rect((80.0, 10.0), (300.0, 400.0)), 1.0).unwrap().size,
            [20, 40]
        );
        assert!(crop(&image, rect((200.0, 0.0), (300.0, 10.0)), 1.0).is_err());
        assert_eq!(
            crop(&image, rect((0.0, 0.0), (10.0, 10.0)), 2.0).unwrap().size,
            [20, 20]
        );
    }

    #[test]
    fn a_picture_encodes_as_a_png_of_its_size() {
        let image = ColorImage::filled([7, 3], Color32::RED);
        let png = png_bytes(&image).unwrap();
        let decoded = image::load_from_memory(&png).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (7, 3));
    }
}
