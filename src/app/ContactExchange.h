// Contacts to and from address books as vCard files (interchange/VCard).
#pragma once

#include "app/DossierImport.h"
#include "storage/Store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace keystone {

// The contacts of the accounts as vCard 4.0 text, account by account, ORG being the
// account's name.
std::string exportContactCards(Store& store, const std::vector<AccountId>& accounts);

// Imports every card of a vCard file into one account, in one transaction: a card
// updates the contact with the same e-mail (else, for cards without one, the same
// name) and changes only the fields the card carries; other cards become new
// contacts. Throws InputProblemsError naming the file and each line when the file
// has problems; nothing is written then. Counts are under "contacts". An encrypted file is
// decrypted whole with `passphrase` first.
ImportReport importContactCards(Store& store, AccountId account, const std::filesystem::path& path, bool dryRun,
                                const Passphrase* passphrase = nullptr);

} // namespace keystone
