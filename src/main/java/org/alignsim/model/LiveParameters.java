package org.alignsim.model;

import sim.engine.SimState;

/**
 * The parameters a user may change while the model runs, as bean properties for the MASON
 * Console's Model tab: their sliders and the decision rules that read them come from
 * {@link LiveParameter}. The model reads the fields directly at every decision, so a change takes
 * effect at the next step. Public because MASON reads the properties by reflection from another
 * package.
 */
public abstract class LiveParameters extends SimState {
    double weightThreat, weightTrade, weightArms, weightTradition, weightHierarchy, weightPower, weightInstitutions,
            weightPoles, weightIdeology, threatDiscount, traditionDiscount, rationality, inertia, revisionRate, hedgingBand, chinaInducement,
            chinaCoercion, usPressure, usReward, shockSd, shockYears, switchingCost, realignmentCost, eventReview;

    LiveParameters(long seed) {
        super(seed);
    }

    /** The scenario the run was built from: where the live parameters start. */
    abstract Scenario scenario();

    /** Copies the scenario's values into the live parameters. */
    public final void resetTunables() {
        Scenario s = scenario();
        Parameters.Weights w = s.weights();
        weightThreat = w.threat(); weightTrade = w.trade(); weightArms = w.arms(); weightTradition = w.tradition();
        weightHierarchy = w.hierarchy(); weightPower = w.power(); weightInstitutions = w.institutions();
        weightPoles = w.poles(); weightIdeology = w.ideology();
        threatDiscount = s.trade().threatDiscount();
        traditionDiscount = s.threat().traditionDiscount();
        rationality = s.decision().rationality(); inertia = s.decision().inertia();
        revisionRate = s.decision().revisionRate();
        hedgingBand = s.hedgingBand();
        chinaInducement = s.china().inducement();
        chinaCoercion = s.china().coercion();
        usPressure = s.us().pressure();
        usReward = s.us().reward();
        shockSd = s.decision().shockSd();
        shockYears = s.decision().shockYears();
        switchingCost = s.decision().switchingCost();
        realignmentCost = s.decision().realignmentCost();
        eventReview = s.decision().eventReview();
    }

    // ---- live parameters: bean properties for the Console's Model tab; sliders (dom) and rules (hide) from LiveParameter ----

    /** Whether p leaves this run alone, its decision rule not reading it: the Console then does not offer it. */
    private boolean idle(LiveParameter p) { return !p.actsUnder(scenario().decision().rule()); }

    public double getWeightThreat() { return weightThreat; }
    public void setWeightThreat(double v) { weightThreat = v; }
    public Object domWeightThreat() { return LiveParameter.WEIGHT_THREAT.domain(); }
    public boolean hideWeightThreat() { return idle(LiveParameter.WEIGHT_THREAT); }
    public String desWeightThreat() { return LiveParameter.WEIGHT_THREAT.description(); }
    public double getWeightTrade() { return weightTrade; }
    public void setWeightTrade(double v) { weightTrade = v; }
    public Object domWeightTrade() { return LiveParameter.WEIGHT_TRADE.domain(); }
    public boolean hideWeightTrade() { return idle(LiveParameter.WEIGHT_TRADE); }
    public String desWeightTrade() { return LiveParameter.WEIGHT_TRADE.description(); }
    public double getWeightArms() { return weightArms; }
    public void setWeightArms(double v) { weightArms = v; }
    public Object domWeightArms() { return LiveParameter.WEIGHT_ARMS.domain(); }
    public boolean hideWeightArms() { return idle(LiveParameter.WEIGHT_ARMS); }
    public String desWeightArms() { return LiveParameter.WEIGHT_ARMS.description(); }
    public double getWeightTradition() { return weightTradition; }
    public void setWeightTradition(double v) { weightTradition = v; }
    public Object domWeightTradition() { return LiveParameter.WEIGHT_TRADITION.domain(); }
    public boolean hideWeightTradition() { return idle(LiveParameter.WEIGHT_TRADITION); }
    public String desWeightTradition() { return LiveParameter.WEIGHT_TRADITION.description(); }
    public double getWeightHierarchy() { return weightHierarchy; }
    public void setWeightHierarchy(double v) { weightHierarchy = v; }
    public Object domWeightHierarchy() { return LiveParameter.WEIGHT_HIERARCHY.domain(); }
    public boolean hideWeightHierarchy() { return idle(LiveParameter.WEIGHT_HIERARCHY); }
    public String desWeightHierarchy() { return LiveParameter.WEIGHT_HIERARCHY.description(); }
    public double getWeightPower() { return weightPower; }
    public void setWeightPower(double v) { weightPower = v; }
    public Object domWeightPower() { return LiveParameter.WEIGHT_POWER.domain(); }
    public boolean hideWeightPower() { return idle(LiveParameter.WEIGHT_POWER); }
    public String desWeightPower() { return LiveParameter.WEIGHT_POWER.description(); }
    public double getWeightInstitutions() { return weightInstitutions; }
    public void setWeightInstitutions(double v) { weightInstitutions = v; }
    public Object domWeightInstitutions() { return LiveParameter.WEIGHT_INSTITUTIONS.domain(); }
    public boolean hideWeightInstitutions() { return idle(LiveParameter.WEIGHT_INSTITUTIONS); }
    public String desWeightInstitutions() { return LiveParameter.WEIGHT_INSTITUTIONS.description(); }
    public double getWeightPoles() { return weightPoles; }
    public void setWeightPoles(double v) { weightPoles = v; }
    public Object domWeightPoles() { return LiveParameter.WEIGHT_POLES.domain(); }
    public boolean hideWeightPoles() { return idle(LiveParameter.WEIGHT_POLES); }
    public String desWeightPoles() { return LiveParameter.WEIGHT_POLES.description(); }
    public double getWeightIdeology() { return weightIdeology; }
    public void setWeightIdeology(double v) { weightIdeology = v; }
    public Object domWeightIdeology() { return LiveParameter.WEIGHT_IDEOLOGY.domain(); }
    public boolean hideWeightIdeology() { return idle(LiveParameter.WEIGHT_IDEOLOGY); }
    public String desWeightIdeology() { return LiveParameter.WEIGHT_IDEOLOGY.description(); }
    public double getThreatDiscount() { return threatDiscount; }
    public void setThreatDiscount(double v) { threatDiscount = Math.max(0, v); }
    public Object domThreatDiscount() { return LiveParameter.THREAT_DISCOUNT.domain(); }
    public boolean hideThreatDiscount() { return idle(LiveParameter.THREAT_DISCOUNT); }
    public String desThreatDiscount() { return LiveParameter.THREAT_DISCOUNT.description(); }
    public double getTraditionDiscount() { return traditionDiscount; }
    public void setTraditionDiscount(double v) { traditionDiscount = Math.max(0, v); }
    public Object domTraditionDiscount() { return LiveParameter.TRADITION_DISCOUNT.domain(); }
    public boolean hideTraditionDiscount() { return idle(LiveParameter.TRADITION_DISCOUNT); }
    public String desTraditionDiscount() { return LiveParameter.TRADITION_DISCOUNT.description(); }
    public double getRationality() { return rationality; }
    public void setRationality(double v) { rationality = Math.max(0, v); }
    public Object domRationality() { return LiveParameter.RATIONALITY.domain(); }
    public boolean hideRationality() { return idle(LiveParameter.RATIONALITY); }
    public String desRationality() { return LiveParameter.RATIONALITY.description(); }
    public double getInertia() { return inertia; }
    public void setInertia(double v) { inertia = Math.max(0, v); }
    public Object domInertia() { return LiveParameter.INERTIA.domain(); }
    public boolean hideInertia() { return idle(LiveParameter.INERTIA); }
    public String desInertia() { return LiveParameter.INERTIA.description(); }
    public double getRevisionRate() { return revisionRate; }
    public void setRevisionRate(double v) { revisionRate = Math.max(0, v); }
    public Object domRevisionRate() { return LiveParameter.REVISION_RATE.domain(); }
    public boolean hideRevisionRate() { return idle(LiveParameter.REVISION_RATE); }
    public String desRevisionRate() { return LiveParameter.REVISION_RATE.description(); }
    public double getShockSd() { return shockSd; }
    public void setShockSd(double v) { shockSd = Math.max(0, v); }
    public Object domShockSd() { return LiveParameter.SHOCK_SD.domain(); }
    public boolean hideShockSd() { return idle(LiveParameter.SHOCK_SD); }
    public String desShockSd() { return LiveParameter.SHOCK_SD.description(); }
    public double getSwitchingCost() { return switchingCost; }
    public void setSwitchingCost(double v) { switchingCost = Math.max(0, v); }
    public Object domSwitchingCost() { return LiveParameter.SWITCHING_COST.domain(); }
    public boolean hideSwitchingCost() { return idle(LiveParameter.SWITCHING_COST); }
    public String desSwitchingCost() { return LiveParameter.SWITCHING_COST.description(); }
    public double getRealignmentCost() { return realignmentCost; }
    public void setRealignmentCost(double v) { realignmentCost = Math.max(0, v); }
    public Object domRealignmentCost() { return LiveParameter.REALIGNMENT_COST.domain(); }
    public boolean hideRealignmentCost() { return idle(LiveParameter.REALIGNMENT_COST); }
    public String desRealignmentCost() { return LiveParameter.REALIGNMENT_COST.description(); }
    public double getEventReview() { return eventReview; }
    public void setEventReview(double v) { eventReview = Math.max(0, Math.min(1, v)); }
    public Object domEventReview() { return LiveParameter.EVENT_REVIEW.domain(); }
    public boolean hideEventReview() { return idle(LiveParameter.EVENT_REVIEW); }
    public String desEventReview() { return LiveParameter.EVENT_REVIEW.description(); }
    public double getHedgingBand() { return hedgingBand; }
    public void setHedgingBand(double v) { hedgingBand = Math.max(0, Math.min(1, v)); }
    public Object domHedgingBand() { return LiveParameter.HEDGING_BAND.domain(); }
    public boolean hideHedgingBand() { return idle(LiveParameter.HEDGING_BAND); }
    public String desHedgingBand() { return LiveParameter.HEDGING_BAND.description(); }
    public double getChinaInducement() { return chinaInducement; }
    public void setChinaInducement(double v) { chinaInducement = Math.max(0, v); }
    public Object domChinaInducement() { return LiveParameter.CHINA_INDUCEMENT.domain(); }
    public boolean hideChinaInducement() { return idle(LiveParameter.CHINA_INDUCEMENT); }
    public String desChinaInducement() { return LiveParameter.CHINA_INDUCEMENT.description(); }
    public double getChinaCoercion() { return chinaCoercion; }
    public void setChinaCoercion(double v) { chinaCoercion = Math.max(0, v); }
    public Object domChinaCoercion() { return LiveParameter.CHINA_COERCION.domain(); }
    public boolean hideChinaCoercion() { return idle(LiveParameter.CHINA_COERCION); }
    public String desChinaCoercion() { return LiveParameter.CHINA_COERCION.description(); }
    public double getUsPressure() { return usPressure; }
    public void setUsPressure(double v) { usPressure = Math.max(0, v); }
    public Object domUsPressure() { return LiveParameter.US_PRESSURE.domain(); }
    public boolean hideUsPressure() { return idle(LiveParameter.US_PRESSURE); }
    public String desUsPressure() { return LiveParameter.US_PRESSURE.description(); }
    public double getUsReward() { return usReward; }
    public void setUsReward(double v) { usReward = Math.max(0, v); }
    public Object domUsReward() { return LiveParameter.US_REWARD.domain(); }
    public boolean hideUsReward() { return idle(LiveParameter.US_REWARD); }
    public String desUsReward() { return LiveParameter.US_REWARD.description(); }
}
