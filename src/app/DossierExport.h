// Gathering whole dossiers from the store into the file model of interchange/DossierJson, for
// `export dossiers` and File > Export dossiers: each account with its people, history and tenders,
// and the managers and competitors they name.
#pragma once

#include "interchange/DossierJson.h"
#include "storage/Store.h"

#include <vector>

namespace keystone {

// The accounts' dossiers with the managers and competitors they name. With
// `everyone`, every manager and competitor is included, named or not (for --all).
json::DossierFile gatherDossiers(Store& store, const std::vector<AccountId>& accounts, bool everyone = false);
// Every account, archived ones too, in name order.
std::vector<AccountId> allAccountIds(Store& store);

} // namespace keystone
