#include "domain/Dossier.h"

#include "domain/Text.h"
#include "domain/Validation.h"

namespace keystone {

int Dossier::filledSections() const
{
    int n = 0;
    for (const std::string* s : {&description, &history, &organisation, &environment, &strategy, &needs,
                                 &decisionProcess, &relationshipNotes})
        n += trim(*s).empty() ? 0 : 1;
    return n;
}

std::vector<FieldError> Dossier::validate() const
{
    constexpr std::size_t kMax = 1'000'000;
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.text("description", description, kMax);
    v.text("history", history, kMax);
    v.text("organisation", organisation, kMax);
    v.text("environment", environment, kMax);
    v.text("strategy", strategy, kMax);
    v.text("needs", needs, kMax);
    v.text("decision_process", decisionProcess, kMax);
    v.text("relationship_notes", relationshipNotes, kMax);
    return v.take();
}

} // namespace keystone
