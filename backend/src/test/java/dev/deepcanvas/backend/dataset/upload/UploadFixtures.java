package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.UploadedFile;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds upload files for the tests: CSVs, PNGs and zips (including hostile ones). */
final class UploadFixtures {

    private UploadFixtures() {
    }

    static UploadedFile csv(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Flowers-like rows: two numeric features and a class that depends on them. */
    static String classificationCsv(int rows) {
        StringBuilder csv = new StringBuilder("length,width,kind\n");
        Random random = new Random(1);
        for (int i = 0; i < rows; i++) {
            boolean big = i % 2 == 0;
            csv.append(String.format(java.util.Locale.ROOT, "%.2f,%.2f,%s%n", (big ? 5 : 2) + random.nextDouble(),
                    (big ? 3 : 1) + random.nextDouble(), big ? "big" : "small"));
        }
        return csv.toString();
    }

    static byte[] png(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip of the given entries; a name ending in "/" is a folder entry. */
    static UploadedFile zip(String name, Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadedFile(name, bytes.toByteArray());
    }

    /** Two classes of pictures of different sizes: red ones and blue ones. */
    static Map<String, byte[]> redAndBluePictures(int perClass) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < perClass; i++) {
            entries.put("red/" + i + ".png", png(20 + i, 12 + i, Color.RED));
            entries.put("blue/" + i + ".png", png(9, 30, Color.BLUE));
        }
        return entries;
    }
}
