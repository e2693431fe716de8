import type { Catalogue } from './catalogue.ts';

/** French: the second language of Belgium's port workers. */
export const fr: Catalogue = {
  'app.name': 'Havencode',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.loading': 'Un instant…',
  'common.language': 'Langue',
  'setup.title': 'Protéger Havencode',
  'setup.intro':
    'Choisissez comment déverrouiller Havencode. Vos codes sont conservés chiffrés sur cet appareil.',
  'setup.passkey': 'Utiliser empreinte, visage ou clé de sécurité',
  'setup.passkeyHint': 'Face ID, Touch ID, Windows Hello, empreinte digitale ou une clé FIDO2.',
  'setup.or': 'ou',
  'setup.pin': 'Choisissez un code PIN (au moins 6 chiffres) ou une phrase secrète',
  'setup.pinConfirm': 'Répétez votre code PIN',
  'setup.submit': 'Protéger',
  'setup.pinMismatch': 'Les deux codes PIN ne sont pas identiques.',
  'recovery.title': 'Votre code de récupération',
  'recovery.intro':
    'Ce code vous ouvre Havencode si vous oubliez votre code PIN ou si votre empreinte ne fonctionne plus. Notez-le ou gardez-le hors de cet appareil. Il n’est affiché qu’une fois.',
  'recovery.introKiosk':
    'Ce code ouvre votre coffre si vous perdez votre clé de sécurité. Notez-le et ne le gardez pas avec la clé. Il n’est affiché qu’une fois.',
  'recovery.deviceWarning':
    'Attention : vos codes ne sont que sur cet appareil. Si vous le perdez, le code de récupération n’aide pas — seule une sauvegarde chiffrée ramène vos codes. Havencode vous en propose une dès que vous ajoutez un compte.',
  'recovery.deviceWarningKiosk': 'Attention : votre coffre n’est que sur ce PC.',
  'recovery.copy': 'Copier',
  'recovery.print': 'Imprimer',
  'recovery.download': 'Enregistrer dans un fichier',
  'recovery.copied': 'Code de récupération copié.',
  'recovery.file':
    'Code de récupération Havencode, créé le {date} :\n\n{code}\n\nIl déverrouille Havencode si vous perdez votre code PIN ou votre passkey. Gardez-le en lieu sûr.',
  'recovery.done': 'J’ai conservé le code',
  'recovery.use': 'Utiliser le code de récupération',
  'recovery.input': 'Code de récupération',
  'unlock.title': 'Déverrouiller Havencode',
  'unlock.pin': 'Code PIN',
  'unlock.submit': 'Déverrouiller',
  'unlock.passkey': 'Déverrouiller avec empreinte, visage ou clé',
  'unlock.triesLeft':
    '{count, plural, one {Encore # essai} other {Encore # essais}} avant de devoir attendre.',
  'unlock.wipeLeft':
    'Après {count, plural, one {encore # essai erroné} other {encore # essais erronés}}, le coffre sera effacé.',
  'reauth.intro': 'Confirmez d’abord que c’est bien vous.',
  'reauth.pin': 'Code PIN actuel',
  'reauth.submit': 'Confirmer',
  'reauth.passkey': 'Confirmer avec empreinte, visage ou clé',
  'time.seconds': '{n, plural, one {# seconde} other {# secondes}}',
  'time.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'lock.now': 'Verrouiller',
  'accounts.title': 'Vos codes',
  'accounts.empty':
    'Pas encore de comptes. Touchez + Ajouter et scannez le code QR de MyCepa ou C-point.',
  'accounts.noMatch': 'Aucun compte trouvé pour « {query} ».',
  'accounts.search': 'Rechercher',
  'accounts.copy': 'Copier le code',
  'accounts.copied': 'Code de {name} copié — effacé dans {wait}.',
  'accounts.copiedKept': 'Code de {name} copié.',
  'accounts.copyLabel': 'Copier le code de {name}',
  'accounts.menu': 'Plus pour {name}',
  'accounts.currentSite': 'Pour ce site',
  'accounts.others': 'Autres comptes',
  'accounts.useHere': 'Utiliser Havencode sur ce site',
  'accounts.useHereFor': 'Associe {origin} à {name}.',
  'accounts.useHereAccount': 'Compte pour ce site',
  'accounts.useHereRefused':
    'Le navigateur n’a pas autorisé Havencode sur {origin}. Autorisez-le dans les paramètres.',
  'accounts.useHereDone': '{origin} est associé à {name}. Rechargez la page.',
  'accounts.delete': 'Supprimer',
  'accounts.rename': 'Renommer',
  'accounts.next': 'Code suivant',
  'accounts.secondsLeft': 'encore {seconds} s',
  'accounts.nextHotp': 'Nouveau code',
  'accounts.deleteConfirm': 'Supprimer {name} ? Vous pourrez encore annuler un moment.',
  'accounts.deleted': '{name} supprimé.',
  'accounts.undo': 'Annuler',
  'accounts.recentlyDeleted': 'Supprimés récemment',
  'accounts.restore': 'Rétablir',
  'accounts.deletedKept':
    'Les comptes supprimés sont gardés {days} jours ; vous pouvez les rétablir ici.',
  'add.open': 'Ajouter un compte',
  'add.openShort': 'Ajouter',
  'add.title': 'Ajouter un compte',
  'add.uri':
    'Ou collez le lien du code QR (il commence par otpauth://) ou un export Google Authenticator',
  'add.submit': 'Ajouter',
  'add.added': '{count, plural, one {# compte ajouté} other {# comptes ajoutés}}.',
  'add.addedOne': '{name} ajouté.',
  'add.duplicates':
    '{count, plural, one {# compte existait déjà} other {# comptes existaient déjà}}.',
  'add.duplicateOne': '{name} existait déjà.',
  'add.scanPage': 'Lire le code QR de cette page',
  'add.scanCamera': 'Scanner un code QR avec la caméra',
  'add.image': 'Choisir une image',
  'inline.fill': 'Remplir le code',
  'inline.enrol': 'Ajouter à Havencode',
  'inline.enrolled': 'Ajouté à Havencode',
  'inline.choose': 'Choisir le compte',
  'inline.nextCode':
    'Ce code vient d’être utilisé. Nouveau code dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'inline.noCode': 'Havencode n’a trouvé aucun code QR de compte sur cette page.',
  'confirm.addAsk': 'La page de {site} veut ajouter ceci à Havencode :',
  'confirm.foreign':
    'Attention : ceci appartient à {sites}, pas à {site}. Ne l’ajoutez que si c’est bien votre intention.',
  'confirm.doubled':
    'Vous aurez alors deux comptes pour {sites} : Havencode n’y remplira plus le code tout seul.',
  'confirm.removeAsk':
    'Votre enregistrement sur {site} va être effacé. Supprimer aussi {name} de Havencode ?',
  'confirm.removeUndo': 'Vous pourrez le rétablir pendant 7 jours sous « Supprimés récemment ».',
  'confirm.chooseAsk': 'Quel compte pour {site} ? Havencode remplit le code.',
  'confirm.gone':
    'Cette question a déjà reçu une réponse ou a expiré. Vous pouvez fermer cette fenêtre.',
  'kiosk.title': 'Qui êtes-vous ?',
  'kiosk.search': 'Tapez votre nom ou numéro de livret de travail',
  'kiosk.searchHint':
    'Votre nom n’apparaît que si vous le tapez en entier. Présentez ensuite votre propre clé de sécurité.',
  'kiosk.noMatch':
    'Personne trouvé. Tapez votre nom complet ou votre numéro de livret de travail, ou ajoutez-vous ci-dessous.',
  'kiosk.newWorker': 'Nouveau sur ce PC ?',
  'kiosk.ephemeral':
    'Ce PC efface peut-être toutes les données à la déconnexion : Havencode n’a encore jamais rien conservé ici d’un redémarrage à l’autre. Votre coffre disparaîtrait alors à la déconnexion. Demandez à votre administrateur avant de vous ajouter.',
  'kiosk.name': 'Nom ou numéro de livret de travail',
  'kiosk.add': 'Nouveau travailleur avec sa propre clé',
  'kiosk.forgetMe': 'M’oublier sur ce PC',
  'kiosk.forgetsOn': 'Sera oublié le {date} si vous n’utilisez pas Havencode ici avant.',
  'kiosk.sealedExport': 'Coffre chiffré pour la récupération IT',
  'kiosk.sealedDownload': 'Télécharger le coffre de {name} (pour l’IT uniquement)',
  'kiosk.reenrolTitle': 'Clé perdue ?',
  'kiosk.reenrolIntro':
    'L’IT transforme votre coffre chiffré en fichier de réinscription et vous donne un code à usage unique. Vous enregistrez ensuite votre nouvelle clé ; vos comptes restent.',
  'kiosk.reenrolFile': 'Fichier de réinscription de l’IT',
  'kiosk.reenrolCode': 'Code à usage unique de l’IT',
  'kiosk.reenrolSubmit': 'Enregistrer la nouvelle clé',
  'kiosk.forgetConfirm':
    'Supprimer votre coffre et tous vos comptes de ce PC ? C’est irréversible.',
  'kiosk.pinInstead': 'Ou un code PIN au lieu d’une clé (au moins 6 chiffres)',
  'options.kiosk':
    'Havencode est en mode kiosque sur ce PC. Votre administrateur fixe les paramètres.',
  'settings.title': 'Paramètres',
  'settings.autoLock': 'Verrouiller automatiquement après (minutes)',
  'settings.clipboard': 'Effacer le presse-papiers après (secondes)',
  'settings.autoFill': 'Remplir le code immédiatement sur MyCepa et C-point',
  'settings.save': 'Enregistrer',
  'settings.saved': 'Enregistré.',
  'links.title': 'Sites liés aux comptes',
  'links.intro': 'Havencode remplit aussi un code sur une adresse https que vous liez à un compte.',
  'links.address': 'Adresse (https://…)',
  'links.add': 'Lier',
  'links.remove': 'Délier',
  'links.blocked':
    'Havencode ne peut pas remplir de code ici tant que le navigateur ne l’autorise pas.',
  'links.allow': 'Autoriser',
  'slots.title': 'Moyens de déverrouiller',
  'slots.intro':
    'Chaque moyen ouvre Havencode à lui seul. Gardez-en au moins deux, pour ne pas rester dehors.',
  'slots.pin': 'Code PIN',
  'slots.passkey': 'Passkey (empreinte, visage ou clé)',
  'slots.recovery': 'Code de récupération',
  'slots.remove': 'Supprimer',
  'slots.removeAsk': 'Supprimer ce moyen de déverrouiller ?',
  'slots.removePinAsk':
    'Supprimer le code PIN ? Vous ne déverrouillerez plus Havencode qu’avec votre passkey ou votre code de récupération.',
  'slots.removePasskeyAsk':
    'Supprimer cette passkey ? Cette empreinte, ce visage ou cette clé n’ouvriront plus Havencode.',
  'slots.removeRecoveryAsk':
    'Supprimer le code de récupération ? Si vous oubliez ensuite votre code PIN ou perdez votre clé, vos codes sont perdus.',
  'slots.removeYes': 'Oui, supprimer',
  'slots.passkeyNeeded':
    'Cet appareil ou ce navigateur ne peut pas créer de passkey avec chiffrement.',
  'slots.newPin': 'Nouveau code PIN',
  'slots.currentPin': 'Code PIN actuel',
  'slots.repeatPin': 'Répétez le nouveau code PIN',
  'slots.pinChanged': 'Votre code PIN a été changé. Utilisez désormais le nouveau.',
  'slots.pinAdded': 'Code PIN ajouté.',
  'slots.passkeyAdded': 'Passkey ajoutée : vous pouvez aussi déverrouiller ainsi.',
  'slots.removed': 'Supprimé.',
  'slots.changePin': 'Changer le code PIN',
  'slots.addPin': 'Ajouter un code PIN',
  'slots.addPasskey': 'Ajouter une passkey',
  'options.empty': "Créez d'abord votre coffre dans la fenêtre Havencode.",
  'accounts.moveUp': 'Monter',
  'accounts.moveDown': 'Descendre',
  'add.manual': 'Saisir manuellement',
  'add.pasteHint': 'Vous pouvez aussi coller ici une capture d’écran avec un code QR.',
  'manual.issuer': 'Service (p. ex. C-point)',
  'manual.account': 'Nom du compte',
  'manual.secret': 'Clé secrète',
  'manual.secretHint':
    'Elle figure près du code QR, souvent sous « Impossible de scanner ? ». Au moins 16 lettres et chiffres ; les espaces sont permises.',
  'manual.secretShort':
    'Cette clé est trop courte : elle a au moins 16 caractères (ici {count}). Recopiez-la entièrement.',
  'manual.secretChars':
    'Cette clé contient des caractères qui n’y ont pas leur place. Seulement les lettres A à Z et les chiffres 2 à 7 (pas de 0, 1, 8 ou 9).',
  'manual.siteDigits': 'Les codes {site} ont {digits} chiffres ; Havencode le règle lui-même.',
  'manual.advanced': 'Options avancées',
  'manual.type': 'Type de code',
  'manual.totp': 'Basé sur le temps (TOTP)',
  'manual.hotp': 'Basé sur un compteur (HOTP)',
  'manual.digits': 'Nombre de chiffres',
  'manual.period': 'Validité (secondes)',
  'manual.counter': 'Compteur',
  'manual.algorithm': 'Algorithme',
  'scan.title': 'Pointez la caméra vers le code QR',
  'scan.starting': 'Démarrage de la caméra…',
  'scan.torch': 'Lampe',
  'scan.switch': 'Autre caméra',
  'scan.batch': '{done} codes d’exportation sur {total} scannés. Scannez le suivant.',
  'scan.addPartial': 'Ajouter ce qui a été scanné',
  'pwa.updateReady': 'Une nouvelle version de Havencode est disponible.',
  'pwa.update': 'Mettre à jour',
  'pwa.iosInstall':
    'Ajoutez Havencode à l’écran d’accueil : touchez Partager puis « Sur l’écran d’accueil ». Dans un onglet Safari ordinaire, iOS efface vos codes après 7 jours sans utilisation.',
  'backup.open': 'Paramètres et sauvegarde',
  'backup.title': 'Sauvegarde et import',
  'backup.passphrase': 'Mot de passe de la sauvegarde (au moins 12 caractères)',
  'backup.export': 'Télécharger une sauvegarde chiffrée',
  'backup.exportPlain': 'Télécharger une liste non chiffrée (otpauth://)',
  'backup.plainWarning':
    'Quiconque possède cette liste peut générer tous vos codes. Ne la conservez pas sans protection.',
  'backup.saved': 'Sauvegarde créée : {name}',
  'backup.importFile': 'Importer une sauvegarde (Havencode, Aegis, 2FAS, liste otpauth)',
  'backup.importPassphrase': 'Mot de passe de cette sauvegarde',
  'backup.import': 'Importer',
  'backup.imported':
    '{added, plural, one {# compte importé} other {# comptes importés}}, {duplicates, plural, one {# déjà présent} other {# déjà présents}}, {skipped, plural, one {# ignoré} other {# ignorés}}.',
  'backup.nudge':
    'Faites maintenant une sauvegarde chiffrée. Sans elle, vous perdez vos codes si vous perdez cet appareil.',
  'backup.nudgeOpen': 'Faire une sauvegarde',
  'backup.nudgeLater': 'Plus tard',
  'storage.title': 'Stockage sur cet appareil',
  'storage.persisted':
    'Le navigateur garde votre coffre durablement : il ne l’efface pas pour faire de la place.',
  'storage.denied':
    'Attention : le navigateur peut effacer votre coffre si le stockage est plein. Installez Havencode (sur l’écran d’accueil ou en extension) et gardez une sauvegarde chiffrée.',
  'storage.unsupported':
    'Ce navigateur ne dit pas s’il garde votre coffre durablement. Gardez une sauvegarde chiffrée.',
  'backup.reminderTitle': 'Pas encore de sauvegarde',
  'backup.reminder':
    '{count, plural, one {# compte n’existe que sur cet appareil, sans sauvegarde.} other {# comptes n’existent que sur cet appareil, sans sauvegarde.}} Faites-en maintenant une sauvegarde chiffrée.',
  'export.title': 'Emporter vers une autre app',
  'transfer.start': 'Vers Havencode sur votre téléphone',
  'transfer.how':
    'Ouvrez Havencode sur votre téléphone, touchez + Ajouter › Scanner avec la caméra et visez ces codes QR jusqu’à ce qu’ils soient tous lus. Tapez ensuite le code ci-dessous. Sans ce code, personne ne peut rien faire des codes QR.',
  'transfer.codeIs': 'Code pour votre téléphone :',
  'transfer.stop': 'Arrêter le transfert',
  'transfer.ask': 'Tapez le code de 8 caractères affiché par l’autre Havencode.',
  'transfer.code': 'Code du transfert',
  'transfer.open': 'Reprendre les comptes',
  'export.intro':
    'Transférez vos comptes vers Google Authenticator, Aegis ou une autre app qui lit leur format.',
  'export.google': 'Afficher en codes QR pour Google Authenticator',
  'export.googleHow':
    'Dans l’autre app, choisissez ‘Importer des comptes’ et scannez les codes un par un. Qui les voit peut créer vos codes : ne les montrez à personne d’autre.',
  'export.googleLeft':
    '{count, plural, one {# compte n’entre pas dans ce format et n’y figure pas} other {# comptes n’entrent pas dans ce format et n’y figurent pas}} : {names}.',
  'export.codeOf': 'Code {index} sur {count}',
  'export.previous': 'Précédent',
  'export.next': 'Suivant',
  'export.hide': 'Masquer les codes QR',
  'export.aegisPlain': 'Télécharger un fichier Aegis non chiffré',
  'export.aegisPassphrase': 'Mot de passe du fichier Aegis (au moins 12 caractères)',
  'export.aegisEncrypted': 'Télécharger un fichier Aegis chiffré',
  'snapshots.title': 'Revenir à un état antérieur',
  'snapshots.intro':
    '{count, plural, =0 {Pas encore d’état antérieur : Havencode en garde un à chaque modification de vos comptes.} one {Havencode a gardé vos comptes tels qu’ils étaient avant votre dernière modification.} other {Havencode a gardé vos comptes tels qu’ils étaient avant chacune de vos # dernières modifications.}}',
  'snapshots.accounts': '{count, plural, one {# compte} other {# comptes}}',
  'snapshots.restore': 'Rétablir cet état',
  'snapshots.ask':
    'Rétablir vos comptes tels qu’ils étaient le {when} ({count, plural, one {# compte} other {# comptes}}) ? L’état actuel reste gardé.',
  'snapshots.restored': 'Vos comptes sont de nouveau tels qu’au {when}.',
  'guide.title': 'Pour commencer',
  'guide.add':
    'Touchez + Ajouter et scannez le code QR affiché par MyCepa ou C-point, ou choisissez une capture d’écran.',
  'guide.copy':
    'Touchez un code pour le copier. Dans le navigateur, Havencode le remplit lui-même sur MyCepa et C-point.',
  'guide.backup':
    'Faites ensuite une sauvegarde chiffrée, pour qu’un appareil perdu n’emporte pas vos codes.',
  'errors.unknown': 'Un problème est survenu. Réessayez.',
  'errors.otp/invalid-digits': 'Un code doit avoir de 6 à 10 chiffres.',
  'errors.otp/invalid-period': 'La durée de validité du code est incorrecte.',
  'errors.otp/invalid-counter': 'Le compteur de ce code est incorrect.',
  'errors.otp/invalid-secret': 'La clé secrète n’est pas valide.',
  'errors.uri/not-otpauth':
    'Ce n’est pas le lien d’un code QR d’authentification (un tel lien commence par otpauth://).',
  'errors.uri/invalid-type': 'Type de code inconnu : seulement TOTP et HOTP.',
  'errors.uri/missing-secret': 'Le lien ne contient pas de clé secrète.',
  'errors.uri/invalid-secret':
    'La clé secrète n’est pas valide : seules les lettres A à Z et les chiffres 2 à 7 y figurent.',
  'errors.uri/invalid-digits': 'Le nombre de chiffres doit être entre 6 et 10.',
  'errors.uri/invalid-period': 'La période du lien n’est pas valide.',
  'errors.uri/invalid-algorithm': 'Algorithme inconnu : seulement SHA1, SHA256 ou SHA512.',
  'errors.uri/missing-counter': 'Un lien HOTP doit avoir un compteur.',
  'errors.uri/invalid-counter': 'Le compteur du lien n’est pas valide.',
  'errors.uri/issuer-mismatch': 'L’émetteur du nom et celui du lien diffèrent.',
  'errors.uri/invalid-label': 'Le lien ne contient pas de nom de compte.',
  'errors.uri/invalid-migration': 'Cet export Google Authenticator est endommagé.',
  'errors.qr/unreadable': 'L’image ne peut pas être lue.',
  'errors.qr/not-an-image': 'Ce fichier n’est pas une image.',
  'errors.qr/no-code':
    'Aucun code QR trouvé. Veillez à ce que tout le code QR soit net à l’image, ou saisissez la clé secrète manuellement.',
  'errors.qr/not-an-account': 'Ce code QR n’est pas un code de compte.',
  'errors.qr/colour-code':
    'Ce n’est pas un code QR mais probablement un code d’activation en couleurs (comme celui de l’app Cepa OTP). Seule l’app du site peut le lire. Havencode peut utiliser un code QR ordinaire ou une clé secrète du site ; il remplit MyCepa dans tous les cas.',
  'errors.vault/locked': 'Havencode est verrouillé.',
  'errors.vault/wrong-pin': 'Code PIN incorrect.',
  'errors.vault/throttled': 'Trop d’essais erronés. Réessayez dans {wait}.',
  'errors.vault/pin-too-short': 'Un code PIN a au moins 6 chiffres.',
  'errors.vault/passphrase-too-short':
    'Un mot de passe qui n’est pas un code PIN a au moins 8 caractères. Ou choisissez un code PIN d’au moins 6 chiffres.',
  'errors.vault/no-slot': 'Ce moyen de déverrouillage n’est pas configuré.',
  'errors.vault/corrupt': 'Le coffre est endommagé et ne peut pas être lu.',
  'errors.vault/not-found': 'Ce coffre n’existe pas (plus).',
  'errors.vault/exists': 'Un coffre porte déjà ce nom.',
  'errors.vault/prf-unsupported':
    'Cette clé ou cet appareil ne permet pas le chiffrement (PRF). Choisissez un code PIN.',
  'errors.vault/passkey-cancelled': 'La connexion par empreinte, visage ou clé a été annulée.',
  'errors.vault/wiped': 'Après trop d’essais erronés, le coffre a été effacé.',
  'errors.storage/quota': 'Il n’y a plus d’espace de stockage sur cet appareil.',
  'errors.storage/failed': 'L’enregistrement a échoué. Rien n’a été perdu.',
  'errors.transfer/wrong-code':
    'Ce code ne correspond pas aux codes QR. Tapez les 8 caractères affichés par l’autre Havencode.',
  'errors.transfer/incomplete':
    'Tous les codes QR du transfert n’ont pas été lus. Scannez à nouveau.',
  'errors.backup/corrupt': 'Le fichier de sauvegarde est endommagé. Rien n’a été modifié.',
  'errors.backup/wrong-password':
    'Mot de passe incorrect pour cette sauvegarde. Rien n’a été modifié.',
  'errors.backup/pin-not-enough':
    'Un code PIN ne suffit pas pour une sauvegarde : qui possède le fichier peut deviner sans limite. Choisissez un mot de passe d’au moins 12 caractères, par exemple quatre mots sans lien.',
  'errors.backup/passphrase-too-short':
    'Un mot de passe de sauvegarde a au moins 12 caractères. Quatre mots sans lien sont faciles à retenir et difficiles à deviner.',
  'errors.backup/passphrase-guessable':
    'Ce mot de passe est trop facile à deviner (mot, nom, date ou motif connu). Ajoutez d’autres mots sans lien.',
  'errors.backup/unsupported': 'Ce format de fichier n’est pas reconnu.',
  'errors.backup/passphrase-required':
    'Cette sauvegarde est chiffrée : saisissez son mot de passe.',
  'errors.backup/too-large':
    'Ce fichier est trop volumineux pour une sauvegarde (16 Mio au plus). Rien n’a été modifié.',
  'errors.backup/too-costly':
    'Cette sauvegarde demande plus de mémoire ou de temps à ouvrir que Havencode ne le permet. Rien n’a été modifié.',
  'errors.site/unknown': 'Ce site n’est pas connu.',
  'errors.vault/weak-kdf': 'Ces paramètres de sécurité sont trop faibles.',
  'errors.vault/last-slot':
    'C’est le dernier moyen de déverrouillage ; il ne peut pas être supprimé.',
  'errors.vault/wrong-recovery-code': 'Code de récupération incorrect.',
  'errors.kiosk/bad-admin-key':
    'La clé de récupération de l’informatique dans la stratégie kiosque n’est pas une clé P-256 valable. Les travailleurs qui ont déjà un coffre le déverrouillent normalement ; ajouter un nouveau travailleur ne sera possible qu’une fois la stratégie corrigée par l’informatique.',
  'errors.kiosk/wrong-admin-key': 'Cette clé privée n’ouvre pas ce coffre.',
  'errors.kiosk/no-admin-slot': 'Ce coffre n’a pas de récupération par l’administrateur.',
  'errors.kiosk/bad-file':
    'Ce fichier n’est pas un coffre Havencode ni un fichier de réinscription.',
  'errors.vault/wrong-passkey': 'Cette clé n’appartient pas à ce coffre.',
  'errors.vault/invalid-link': 'Ce n’est pas une adresse https valide à lier.',
  'errors.vault/invalid-name': 'Choisissez un nom pour ce coffre.',
  'errors.vault/invalid-setting': 'Ce paramètre a une valeur non valide.',
  'errors.vault/conflict':
    'Une autre fenêtre a modifié vos comptes au même moment. Réessayez ; rien n’a été perdu.',
  'errors.camera/denied':
    'Havencode n’a pas accès à la caméra. Autorisez-la dans les réglages du navigateur, ou choisissez une image.',
  'errors.camera/not-found': 'Aucune caméra trouvée. Choisissez une image ou collez le lien.',
  'errors.camera/in-use':
    'La caméra est utilisée par une autre application. Fermez-la et réessayez.',
  'errors.camera/unsupported':
    'Ce navigateur ne peut pas utiliser la caméra ici. Choisissez une image ou collez le lien.',
};
