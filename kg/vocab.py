"""The project's own RDF vocabulary, as a closed namespace.

Using a term not listed here raises ``AttributeError``, so a typo cannot mint a new
predicate. ``tests/test_vocab.py`` keeps this list and ``ontology/kg.ttl`` in sync.
Standard vocabularies (W3C ORG, PROV-O, SKOS, FOAF, Dublin Core) are re-exported
from rdflib so the graph code imports every namespace from one place.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.ids import ONTOLOGY

__all__ = ["DCTERMS", "FOAF", "KG", "ORG", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS", "XSD"]

SH = Namespace("http://www.w3.org/ns/shacl#")


class KG(DefinedNamespace):
    """Classes and properties of ``ontology/kg.ttl``."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # Classes
    Article: URIRef
    Evidence: URIRef
    Person: URIRef
    Province: URIRef
    Organization: URIRef
    OrganizationTerm: URIRef
    Post: URIRef
    Occupancy: URIRef
    Meeting: URIRef
    ChangeEvent: URIRef
    OccupancyStatus: URIRef
    MeetingKind: URIRef
    ChangeKind: URIRef
    # Organization kinds (subclasses of kg:Organization), one per models.OrgKind
    ProvincialPartyCommittee: URIRef
    PartyStandingCommittee: URIRef
    PartyStandingBoard: URIRef
    PartyCommission: URIRef
    PartyInspectionCommission: URIRef
    LocalPartyCommittee: URIRef
    BlocPartyCommittee: URIRef
    PeoplesCouncil: URIRef
    PeoplesCommittee: URIRef
    NationalAssemblyDelegation: URIRef
    Department: URIRef
    FatherlandFront: URIRef
    MassOrganization: URIRef
    CentralPartyBody: URIRef
    CentralStateBody: URIRef
    ArmedForcesUnit: URIRef
    PublicInstitution: URIRef

    # Article and evidence
    sourceFile: URIRef
    contentHash: URIRef
    publisherName: URIRef
    byline: URIRef
    datePrecision: URIRef
    charStart: URIRef
    charEnd: URIRef
    quote: URIRef
    aboutProvince: URIRef
    # Provinces
    isoCode: URIRef
    centrallyRun: URIRef
    validFrom: URIRef
    validUntil: URIRef
    # Organizations, terms, roles, posts
    province: URIRef
    termOf: URIRef
    termOrdinal: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    rank: URIRef
    roleCode: URIRef
    soleHolder: URIRef
    # Occupancies
    post: URIRef
    status: URIRef
    observedOn: URIRef
    startDate: URIRef
    endDate: URIRef
    term: URIRef
    # Meetings
    heldBy: URIRef
    ordinal: URIRef
    meetingKind: URIRef
    date: URIRef
    chair: URIRef
    participant: URIRef
    # Change events
    changeKind: URIRef
    person: URIRef
    decidedBy: URIRef

    # Derived across articles (the derived named graph)
    Tenure: URIRef
    Transition: URIRef
    TransitionKind: URIRef
    Link: URIRef
    resolvedTo: URIRef
    inferredProvince: URIRef
    provinceReason: URIRef
    lookupKey: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    began: URIRef
    ended: URIRef
    endedBefore: URIRef
    concurrentWith: URIRef
    transitionOf: URIRef
    transitionKind: URIRef
    fromPost: URIRef
    toPost: URIRef
    after: URIRef
    by: URIRef
    left: URIRef
    right: URIRef
    merged: URIRef
    score: URIRef
    reason: URIRef
