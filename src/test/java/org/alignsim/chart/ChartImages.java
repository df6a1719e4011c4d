package org.alignsim.chart;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that chart files are real images: decodable PNGs of the right size with content, well-formed SVG. */
public final class ChartImages {
    private ChartImages() {}

    /** Decodes the PNG and checks its size and that it is not blank (several distinct colours). */
    public static BufferedImage assertPng(Path png, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " is not a decodable image");
        assertEquals(width, img.getWidth(), png + " width");
        assertEquals(height, img.getHeight(), png + " height");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() >= 8, png + " looks blank: " + colours.size() + " colours");
        return img;
    }

    /** Parses the SVG with a DOM parser and checks the root element and its size attributes. */
    public static Element assertSvg(Path svg, int width, int height) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Tests run offline: never fetch a DTD (our SVGs declare none).
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(svg.toFile());
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName(), svg + " root element");
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(width, (int) Double.parseDouble(root.getAttribute("width").replace("px", "")), svg + " width");
        assertEquals(height, (int) Double.parseDouble(root.getAttribute("height").replace("px", "")), svg + " height");
        assertTrue(d.getElementsByTagNameNS("*", "text").getLength() > 0, svg + " has no text (title, labels)");
        return root;
    }
}
