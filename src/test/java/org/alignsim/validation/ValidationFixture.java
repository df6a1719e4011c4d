package org.alignsim.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small world with known answers, written into a folder: five deciding states whose UN ideal
 * points, democracy scores and US defence pacts are made up so that every reference figure can
 * be worked out by hand, a present-day scenario whose stances never move (a revision rate so low
 * that no state ever revises), its observed classes and a validation file.
 *
 * <p>UN ideal points, constant from 1990 to 2024: USA 3, GBR 2, JPN 1, IND 0, RUS -1, IRN -2,
 * CHN -3. Democracy: GBR 0.9, JPN 0.8, IND 0.7, RUS 0.2, IRN 0.3 (RUS and IRN swapped against
 * the UN order, so ρ = 1 - 6 * 2 / (5 * 24) = 0.9). The US is obliged to defend GBR and JPN.
 * Frozen stances: GBR 0.8, JPN 0.6, IND 0, RUS -0.6, IRN -0.8, the UN order.
 */
final class ValidationFixture {
    final Path dir, data, scenario, classes, validation;

    static final Map<String, Double> IDEAL = Map.of("USA", 3.0, "GBR", 2.0, "JPN", 1.0, "IND", 0.0, "RUS", -1.0, "IRN", -2.0, "CHN", -3.0);

    ValidationFixture(Path dir) throws IOException {
        this.dir = dir;
        this.data = Files.createDirectories(dir.resolve("data"));
        StringBuilder ip = new StringBuilder("iso3,ccode,year,idealpointfp,idealpointall,nvotesfp,nvotesall\n");
        StringBuilder dem = new StringBuilder("iso3,ccode,year,v2x_polyarchy\n");
        StringBuilder al = new StringBuilder("iso3_1,iso3_2,year,atop_defense_12,atop_defense_21\n");
        Map<String, Double> democracy = Map.of("USA", 0.8, "GBR", 0.9, "JPN", 0.8, "IND", 0.7, "RUS", 0.2, "IRN", 0.3, "CHN", 0.1);
        for (int y = 1990; y <= 2024; y++) {
            for (String s : new String[]{"USA", "GBR", "JPN", "IND", "RUS", "IRN", "CHN"}) {
                ip.append(s).append(",0,").append(y).append(',').append(IDEAL.get(s)).append(",,,\n");
                dem.append(s).append(",0,").append(y).append(',').append(democracy.get(s)).append('\n');
            }
            if (y <= 2018) {
                al.append("USA,GBR,").append(y).append(",1,1\n");
                al.append("JPN,USA,").append(y).append(",0,1\n");
                al.append("USA,IND,").append(y).append(",0,0\n");
            }
        }
        Files.writeString(data.resolve("unga_ideal_points.csv"), ip);
        Files.writeString(data.resolve("democracy.csv"), dem);
        Files.writeString(data.resolve("alliances.csv"), al);
        scenario = dir.resolve("frozen.yaml");
        Files.writeString(scenario, scenario(1e-9));
        classes = dir.resolve("classes.yaml");
        Files.writeString(classes, """
                name: fixture-classes
                scenario: frozen.yaml
                parameters:
                  weights.trade: {lower: 0, upper: 1}
                stances:
                  window: {from: 2029.5, to: 2034.5}
                  classes:
                    GBR: china_aligned     # wrong on purpose: the stance is +0.8
                    JPN: us_aligned
                    IND: hedger
                    RUS: china_aligned
                    IRN: china_aligned
                """);
        validation = dir.resolve("validation.yaml");
        Files.writeString(validation, validation(""));
    }

    /** The scenario, with a given revision rate (1e-9: nobody ever revises). */
    static String scenario(double revisionRate) {
        return """
                name: frozen
                time: {start_year: 2025.0, horizon_years: 12, steps_per_year: 4}
                decision: {revision_rate: %s}
                asian_nato: {members: [IND], level: dialogue, min_members: 1, sustain_years: 0}
                states:
                  USA: {region: north_america, capital: {lat: 38.9, lon: -77.0}, gdp: 27000, milex: 900, population: 335, democracy: 0.8}
                  CHN: {region: east_asia, capital: {lat: 39.9, lon: 116.4}, gdp: 18000, milex: 300, population: 1410, democracy: 0.05}
                  GBR: {region: europe, capital: {lat: 51.5, lon: -0.1}, gdp: 3300, milex: 70, population: 68, democracy: 0.8, alignment: 0.8}
                  JPN: {region: east_asia, capital: {lat: 35.7, lon: 139.8}, gdp: 4200, milex: 48, population: 125, democracy: 0.7, alignment: 0.6}
                  IND: {region: south_asia, capital: {lat: 28.6, lon: 77.2}, gdp: 3500, milex: 82, population: 1430, democracy: 0.3, alignment: 0.0}
                  RUS: {region: europe, capital: {lat: 55.8, lon: 37.6}, gdp: 2000, milex: 110, population: 144, democracy: 0.06, alignment: -0.6}
                  IRN: {region: middle_east, capital: {lat: 35.7, lon: 51.4}, gdp: 400, milex: 10, population: 89, democracy: 0.1, alignment: -0.8}
                """.formatted(Double.toString(revisionRate));
    }

    /** The validation file, with extra text appended under judgement_calls.inputs. */
    static String validation(String extraInputs) {
        return """
                targets:
                  classes.misclassification: {max: 0.1}
                  stickiness.rank_lag1: {near_reference: 0.02}
                  un.rho: {above_reference: true}
                observations:
                  classes: classes.yaml
                  un_recent_years: {from: 2020, to: 2024}
                  stickiness_years: {from: 1992, to: 2024}
                  lags: [1, 5]
                  periods: {from: 1975, to: 2019, years: 5}
                  china:
                    state: CHN
                    phases: [{from: 1949, to: 1972}, {from: 1972, to: 1989}]
                    signs: [up]
                  groups:
                    G: {states: [IND], holds_back: hedging}
                  knockouts: [trade]
                judgement_calls:
                  top: 3
                  inputs:
                    states.IND.alignment: {delta: 0.3, within: [-1, 1]}
                    states.*.hedging: {delta: 0.1, within: [0, 1]}
                """ + extraInputs;
    }
}
