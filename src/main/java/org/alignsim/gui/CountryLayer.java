package org.alignsim.gui;

import org.alignsim.chart.MapPainter;
import org.alignsim.geo.Country;
import org.alignsim.geo.WorldMap;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The world's countries: each modelled state filled with its live alignment's colour and outlined
 * as thick as its commitment rung, every other country light grey. A double-click or a hover on a
 * state's shape (or, for a state too small to see, its dot) finds the state, so its inspector
 * opens and its full name shows. The shapes in pixels are kept until the zoom or the scroll
 * changes, so a step only repaints colours.
 */
final class CountryLayer extends FieldPortrayal2D {
    /** Points closer than this many pixels merge: finer detail does not show and slows every frame. */
    private static final double MIN_STEP = 0.5;
    private static final BasicStroke SELECTED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{4f, 3f}, 0f);

    /** A state of the model on the map; label is its label point in field units. */
    record Modelled(StateView state, Path2D.Double outline, Point2D label) {}

    /** What a frame draws, in pixels. */
    record Pixels(Rectangle2D draw, List<Shape> land, List<Shape> states, List<Point2D> labels) {}

    private final MapProjection projection;
    private final List<Path2D.Double> land = new ArrayList<>();
    final List<Modelled> modelled = new ArrayList<>();
    private final Function<StateView, String> location;
    private final Set<StateView> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private Pixels pixels;
    private BufferedImage landImage;
    private Pixels landFor, outlinesFor;
    private Rectangle landClip, outlinesClip;
    private final Map<Integer, Outline> outlines = new HashMap<>();

    /** @param location what an inspector shows as the state's position */
    CountryLayer(MapProjection projection, StateView[] states, Function<StateView, String> location) {
        this.projection = projection;
        this.location = location;
        Map<String, StateView> byCode = new HashMap<>();
        for (StateView s : states) byCode.put(s.getCode(), s);
        for (Country c : WorldMap.get().countries().values()) {
            StateView s = byCode.get(c.iso3());
            if (s == null) land.add(projection.outline(c));
            else modelled.add(new Modelled(s, projection.outline(c), new Point2D.Double(projection.x(c.labelLon()), projection.y(c.labelLat()))));
        }
    }

    /** The shapes in pixels for this zoom and scroll, made again only when they change. */
    synchronized Pixels pixels(DrawInfo2D info) {
        if (pixels != null && pixels.draw().equals(info.draw)) return pixels;
        AffineTransform t = AffineTransform.getTranslateInstance(info.draw.x, info.draw.y);
        t.scale(info.draw.width / projection.width, info.draw.height / projection.height);
        List<Shape> landPx = new ArrayList<>(), statesPx = new ArrayList<>();
        List<Point2D> labelsPx = new ArrayList<>();
        for (Path2D.Double p : land) landPx.add(MapPainter.toPixels(p, t, MIN_STEP));
        for (Modelled m : modelled) {
            statesPx.add(MapPainter.toPixels(m.outline(), t, MIN_STEP));
            labelsPx.add(t.transform(m.label(), null));
        }
        pixels = new Pixels((Rectangle2D) info.draw.clone(), landPx, statesPx, labelsPx);
        return pixels;
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        Pixels px = pixels(info);
        if (g == null) {
            for (int k = 0; k < modelled.size(); k++) {
                if (MapPainter.target(px.states().get(k), px.labels().get(k)).intersects(info.clip)) putInHere.add(getWrapper(modelled.get(k).state()));
            }
            return;
        }
        Rectangle clip = info.clip.getBounds();
        g.drawImage(land(px, clip), clip.x, clip.y, null);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < modelled.size(); k++) if (px.states().get(k).getBounds2D().intersects(info.clip)) order.add(k);
        // Colours change every step, so they are filled every frame, without antialiasing (the
        // antialiased outlines drawn over them smooth the edges). Each state's outline is an image
        // made again only when its commitment changes: stroking forty long coastlines every frame
        // would cost more than everything else together.
        MapPainter fills = new MapPainter(g);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int k : order) fills.fill(px.states().get(k), px.labels().get(k), StatePortrayal.fill(modelled.get(k).state().getAlignment()));
        // Thin outlines first, so that a neighbour never covers a thick one.
        order.sort(Comparator.comparingInt(k -> modelled.get(k).state().getCommitmentRung()));
        for (int k : order) {
            Outline o = outline(px, clip, k);
            if (o.image() != null) g.drawImage(o.image(), o.at().x, o.at().y, null);
        }
        g.setColor(Color.BLACK);
        g.setStroke(SELECTED);
        for (int k : order) if (selected.contains(modelled.get(k).state())) g.draw(MapPainter.target(px.states().get(k), px.labels().get(k)));
    }

    /** A state's outline at one commitment rung, as an image of the part of it in view (null: none in view). */
    private record Outline(int rung, BufferedImage image, Rectangle at) {}

    private synchronized Outline outline(Pixels px, Rectangle clip, int k) {
        if (outlinesFor != px || !clip.equals(outlinesClip)) {
            outlines.clear();
            outlinesFor = px;
            outlinesClip = clip;
        }
        int rung = modelled.get(k).state().getCommitmentRung();
        Outline o = outlines.get(k);
        if (o != null && o.rung() == rung) return o;
        Shape shape = px.states().get(k);
        Point2D label = px.labels().get(k);
        Rectangle box = MapPainter.target(shape, label).getBounds();
        box.grow(4, 4);   // half the widest outline, and a pixel of antialiasing
        box = box.intersection(clip);
        o = box.isEmpty() ? new Outline(rung, null, box) : new Outline(rung, image(box, painter -> painter.outline(shape, label, rung)), box);
        outlines.put(k, o);
        return o;
    }

    /**
     * The grey land of the countries the scenario lacks, drawn once per zoom and scroll into an
     * image of the visible area: it never changes colour, and two hundred antialiased outlines
     * would otherwise cost most of every frame.
     */
    private synchronized BufferedImage land(Pixels px, Rectangle clip) {
        if (landImage != null && landFor == px && clip.equals(landClip)) return landImage;
        landImage = image(clip, painter -> {
            for (Shape s : px.land()) if (s.getBounds2D().intersects(clip)) painter.land(s);
        });
        landFor = px;
        landClip = clip;
        return landImage;
    }

    /** A transparent image of the visible area, drawn into with antialiasing. */
    private static BufferedImage image(Rectangle clip, Consumer<MapPainter> draw) {
        BufferedImage img = new BufferedImage(Math.max(1, clip.width), Math.max(1, clip.height), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.translate(-clip.x, -clip.y);
            draw.accept(new MapPainter(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    LocationWrapper getWrapper(StateView s) { return new LocationWrapper(s, location.apply(s), this); }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean on) {
        if (wrapper.getObject() instanceof StateView s) {
            if (on) selected.add(s);
            else selected.remove(s);
        }
        return true;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        StateView s = (StateView) wrapper.getObject();
        return s.getName() + " (" + s.getCode() + ")";
    }

    /** The hover text: the full name, which the map's labels abbreviate or leave out. */
    @Override
    public String getStatus(LocationWrapper wrapper) {
        StateView s = (StateView) wrapper.getObject();
        return String.format(Locale.ROOT, "%s (%s): %s, alignment %+.2f, commitment %s", s.getName(), s.getCode(), s.getBloc(), s.getAlignment(),
                s.getCommitment().replace('_', ' '));
    }
}
