// What the user reads for the domain's closed vocabularies, on screen and on printed pages alike:
// the domain keeps stable keys ("at_risk"), and these are their one wording. They live in the report
// layer, the lower of the two that link Qt, so that the GUI (gui/common/Labels.h) and the printed
// reports share them; translated through the "Labels" context.
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace keystone::report {

QString statusLabel(AccountStatus status);
QString kindLabel(KeyAccountKind kind);
// "Anchor, Expert"; empty for no kinds.
QString kindsLabel(KindSet kinds);
QString roleLabel(DecisionRole role);
QString attitudeLabel(Attitude attitude);
QString interactionKindLabel(InteractionKind kind);
// "Unknown" for an unknown sentiment (a printed page leaves it out instead).
QString sentimentLabel(Sentiment sentiment);
QString followUpKindLabel(FollowUpKind kind);

} // namespace keystone::report
