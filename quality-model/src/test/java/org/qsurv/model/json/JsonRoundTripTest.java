package org.qsurv.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.framework.FrameworkDomain;
import org.qsurv.model.framework.FrameworkMapping;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.framework.QualityFramework;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.indicator.TrajectoryPoint;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.CqcLocationId;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Every value type of the model survives a JSON round trip through {@link QsurvJson#mapper()}:
 * writing a value and reading it back as its public type gives an equal value. This is what lets a
 * policy or a stored value be kept as JSON ("policy as data") without losing anything.
 */
class JsonRoundTripTest {
  private static final ObjectMapper JSON = QsurvJson.mapper();

  private static <T> void roundTrips(T value, Class<T> type) throws JsonProcessingException {
    String json = JSON.writeValueAsString(value);
    assertEquals(value, JSON.readValue(json, type), json);
  }

  @Property
  void odsCodesRoundTrip(@ForAll("odsCodes") OdsCode code) throws Exception {
    roundTrips(code, OdsCode.class);
  }

  @Property
  void cqcLocationIdsRoundTrip(@ForAll("cqcLocationIds") CqcLocationId id) throws Exception {
    roundTrips(id, CqcLocationId.class);
  }

  @Property
  void organisationCodesRoundTrip(@ForAll("organisationCodes") OrganisationCode code)
      throws Exception {
    roundTrips(code, OrganisationCode.class);
  }

  @Property
  void identifiersRoundTrip(@ForAll("indicatorIds") IndicatorId indicator,
      @ForAll("intelligenceIds") IntelligenceId intelligence, @ForAll("riskIds") RiskId risk)
      throws Exception {
    roundTrips(indicator, IndicatorId.class);
    roundTrips(intelligence, IntelligenceId.class);
    roundTrips(risk, RiskId.class);
  }

  @Property
  void periodsRoundTrip(@ForAll("periods") Period period) throws Exception {
    roundTrips(period, Period.class);
  }

  @Property
  void commissionersRoundTrip(@ForAll("commissioners") Commissioner commissioner)
      throws Exception {
    roundTrips(commissioner, Commissioner.class);
  }

  @Property
  void providersRoundTrip(@ForAll("providers") Provider provider) throws Exception {
    roundTrips(provider, Provider.class);
  }

  @Property
  void frameworkDomainsRoundTrip(@ForAll("frameworkDomains") FrameworkDomain domain)
      throws Exception {
    roundTrips(domain, FrameworkDomain.class);
  }

  @Property
  void qualityFrameworksRoundTrip(@ForAll("qualityFrameworks") QualityFramework framework)
      throws Exception {
    roundTrips(framework, QualityFramework.class);
  }

  @Property
  void frameworkMappingsRoundTrip(@ForAll("frameworkMappings") FrameworkMapping mapping)
      throws Exception {
    roundTrips(mapping, FrameworkMapping.class);
  }

  @Property
  void thresholdsRoundTrip(@ForAll("thresholds") Thresholds thresholds) throws Exception {
    roundTrips(thresholds, Thresholds.class);
  }

  @Property
  void trajectoryPointsRoundTrip(@ForAll("trajectoryPoints") TrajectoryPoint point)
      throws Exception {
    roundTrips(point, TrajectoryPoint.class);
  }

  @Property
  void trajectoriesRoundTrip(@ForAll("trajectories") Trajectory trajectory) throws Exception {
    roundTrips(trajectory, Trajectory.class);
  }

  @Property
  void indicatorDefinitionsRoundTrip(
      @ForAll("indicatorDefinitions") IndicatorDefinition definition) throws Exception {
    roundTrips(definition, IndicatorDefinition.class);
  }

  /** Including missing returns, which have no value (003 §5.1.2). */
  @Property
  void observationsRoundTrip(@ForAll("observations") Observation observation) throws Exception {
    roundTrips(observation, Observation.class);
  }

  @Property
  void intelligenceItemsRoundTrip(@ForAll("intelligenceItems") IntelligenceItem item)
      throws Exception {
    roundTrips(item, IntelligenceItem.class);
  }

  @Property
  void riskScoresRoundTrip(@ForAll("riskScores") RiskScore score) throws Exception {
    roundTrips(score, RiskScore.class);
  }

  @Property
  void riskReviewsRoundTrip(@ForAll("riskReviews") RiskReview review) throws Exception {
    roundTrips(review, RiskReview.class);
  }

  @Property
  void risksRoundTrip(@ForAll("risks") Risk risk) throws Exception {
    roundTrips(risk, Risk.class);
  }

  @Property
  void actorsRoundTrip(@ForAll("actors") Actor actor) throws Exception {
    roundTrips(actor, Actor.class);
  }

  @Property
  void decisionsRoundTrip(@ForAll("decisions") Decision decision) throws Exception {
    roundTrips(decision, Decision.class);
  }

  /** The whole snapshot, with everything the model holds beyond the v1 exchange format. */
  @Property
  void snapshotsRoundTrip(@ForAll("snapshots") Snapshot snapshot) throws Exception {
    roundTrips(snapshot, Snapshot.class);
  }

  /** Enums are written by name, as SNAPSHOT.md spells them, and read back. */
  @Property
  void enumsRoundTrip(@ForAll QualityDomain domain, @ForAll Frequency frequency,
      @ForAll Polarity polarity, @ForAll IntelligenceSource source, @ForAll Nature nature,
      @ForAll ProviderKind kind, @ForAll NhsEnglandRegion region, @ForAll ConsequenceDomain npsa,
      @ForAll Level level, @ForAll Role role, @ForAll DecisionType decision) throws Exception {
    roundTrips(domain, QualityDomain.class);
    roundTrips(frequency, Frequency.class);
    roundTrips(polarity, Polarity.class);
    roundTrips(source, IntelligenceSource.class);
    roundTrips(nature, Nature.class);
    roundTrips(kind, ProviderKind.class);
    roundTrips(region, NhsEnglandRegion.class);
    roundTrips(npsa, ConsequenceDomain.class);
    roundTrips(level, Level.class);
    roundTrips(role, Role.class);
    roundTrips(decision, DecisionType.class);
    assertEquals('"' + kind.name() + '"', JSON.writeValueAsString(kind));
  }

  @Provide
  Arbitrary<OdsCode> odsCodes() {
    return ModelArbitraries.odsCodes();
  }

  @Provide
  Arbitrary<CqcLocationId> cqcLocationIds() {
    return ModelArbitraries.cqcLocationIds();
  }

  @Provide
  Arbitrary<OrganisationCode> organisationCodes() {
    return ModelArbitraries.organisationCodes();
  }

  @Provide
  Arbitrary<IndicatorId> indicatorIds() {
    return ModelArbitraries.indicatorIds();
  }

  @Provide
  Arbitrary<IntelligenceId> intelligenceIds() {
    return ModelArbitraries.intelligenceIds();
  }

  @Provide
  Arbitrary<RiskId> riskIds() {
    return ModelArbitraries.riskIds();
  }

  @Provide
  Arbitrary<Period> periods() {
    return ModelArbitraries.periods();
  }

  @Provide
  Arbitrary<Commissioner> commissioners() {
    return ModelArbitraries.commissioners();
  }

  @Provide
  Arbitrary<Provider> providers() {
    return ModelArbitraries.providers();
  }

  @Provide
  Arbitrary<FrameworkDomain> frameworkDomains() {
    return ModelArbitraries.frameworkDomains();
  }

  @Provide
  Arbitrary<QualityFramework> qualityFrameworks() {
    return ModelArbitraries.qualityFrameworks();
  }

  @Provide
  Arbitrary<FrameworkMapping> frameworkMappings() {
    return ModelArbitraries.frameworkMappings();
  }

  @Provide
  Arbitrary<Thresholds> thresholds() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)
        .flatMap(ModelArbitraries::thresholds);
  }

  @Provide
  Arbitrary<TrajectoryPoint> trajectoryPoints() {
    return ModelArbitraries.trajectoryPoints();
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return Arbitraries.of(Frequency.class).flatMap(ModelArbitraries::trajectories);
  }

  @Provide
  Arbitrary<IndicatorDefinition> indicatorDefinitions() {
    return ModelArbitraries.indicatorDefinitions();
  }

  @Provide
  Arbitrary<Observation> observations() {
    return ModelArbitraries.observations();
  }

  @Provide
  Arbitrary<IntelligenceItem> intelligenceItems() {
    return ModelArbitraries.intelligenceItems();
  }

  @Provide
  Arbitrary<RiskScore> riskScores() {
    return ModelArbitraries.riskScores();
  }

  @Provide
  Arbitrary<RiskReview> riskReviews() {
    return ModelArbitraries.riskReviews();
  }

  @Provide
  Arbitrary<Risk> risks() {
    return ModelArbitraries.risks();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return ModelArbitraries.actors();
  }

  @Provide
  Arbitrary<Decision> decisions() {
    return ModelArbitraries.decisions();
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots();
  }
}
