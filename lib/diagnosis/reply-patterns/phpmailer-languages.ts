import type { CauseId } from "../causes";
import { type TableText, tableWording } from "./message-tables";
import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * PHPMailer's own messages in every language it ships (PHPMailer 6.6.3 as packaged by Debian,
 * libphp-phpmailer 6.6.3-1, /usr/share/php/libphp-phpmailer/language/phpmailer.lang-*.php),
 * generated from those files: for each key, the language and the message with PHPMailer's
 * "SMTP Error:" prefix removed (a paste may keep or drop it). Mongolian's 'authenticate' says
 * "could not connect", so it is kept whole with its prefix, where it can only be PHPMailer's.
 * English is the class's built-in default ('SMTP Error: Could not authenticate.'), matched elsewhere.
 */

/** 'authenticate' */
export const PHPMAILER_AUTHENTICATE: readonly TableText[] = [
  { lang: "af", text: "kon nie geverifieer word nie" },
  { lang: "ar", text: "لا يمكن تأكيد الهوية" },
  { lang: "az", text: "Giriş uğursuz oldu" },
  { lang: "ba", text: "Neuspjela prijava" },
  { lang: "be", text: "памылка ідэнтыфікацыі" },
  { lang: "bg", text: "Не може да се удостовери пред сървъра" },
  { lang: "ca", text: "No s’ha pogut autenticar" },
  { lang: "cs", text: "Autentizace selhala" },
  { lang: "da", text: "Login mislykkedes" },
  { lang: "de", text: "Authentifizierung fehlgeschlagen" },
  { lang: "el", text: "Αδυναμία πιστοποίησης (authentication)" },
  { lang: "eo", text: "aŭtentigo malsukcesis" },
  { lang: "es", text: "Imposible autentificar" },
  { lang: "et", text: "Autoriseerimise viga" },
  { lang: "fa", text: "احراز هویت با شکست مواجه شد" },
  { lang: "fi", text: "käyttäjätunnistus epäonnistui" },
  { lang: "fo", text: "Kundi ikki góðkenna" },
  { lang: "fr", text: "échec de l’authentification" },
  { lang: "gl", text: "Non puido ser autentificado" },
  { lang: "he", text: "פעולת האימות נכשלה" },
  { lang: "hi", text: "प्रामाणिकता की जांच नहीं हो सका" },
  { lang: "hr", text: "Neuspjela autentikacija" },
  { lang: "hu", text: "az azonosítás sikertelen" },
  { lang: "hy", text: "չհաջողվեց ստուգել իսկությունը" },
  { lang: "id", text: "Tidak dapat mengotentikasi" },
  { lang: "it", text: "Impossibile autenticarsi" },
  { lang: "ja", text: "認証できませんでした" },
  { lang: "ka", text: "ავტორიზაცია შეუძლებელია" },
  { lang: "ko", text: "인증할 수 없습니다" },
  { lang: "lt", text: "autentifikacija nepavyko" },
  { lang: "lv", text: "Autorizācija neizdevās" },
  { lang: "mg", text: "Tsy nahomby ny fanamarinana" },
  { lang: "mn", text: "Алдаа SMTP: Холбогдож чадсангүй" },
  { lang: "ms", text: "Tidak dapat pengesahan" },
  { lang: "nb", text: "Kunne ikke autentisere" },
  { lang: "nl", text: "authenticatie mislukt" },
  { lang: "pl", text: "Nie można przeprowadzić uwierzytelnienia" },
  { lang: "pt", text: "Não foi possível realizar a autenticação" },
  { lang: "pt_br", text: "Não foi possível autenticar" },
  { lang: "ro", text: "Autentificarea a eșuat" },
  { lang: "ru", text: "ошибка авторизации" },
  { lang: "sk", text: "Chyba autentifikácie" },
  { lang: "sl", text: "Avtentikacija ni uspela" },
  { lang: "sr", text: "аутентификација није успела" },
  { lang: "sr_latn", text: "autentifikacija nije uspela" },
  { lang: "sv", text: "Kunde inte autentisera" },
  { lang: "tl", text: "Hindi mapatotohanan" },
  { lang: "tr", text: "Oturum açılamadı" },
  { lang: "uk", text: "помилка авторизації" },
  { lang: "vi", text: "Không thể xác thực" },
  { lang: "zh", text: "登入失敗" },
  { lang: "zh_cn", text: "登录失败" },
];

/** 'provide_address' */
export const PHPMAILER_PROVIDE_ADDRESS: readonly TableText[] = [
  { lang: "af", text: "U moet ten minste een ontvanger e-pos adres verskaf" },
  { lang: "ar", text: "يجب توفير عنوان البريد الإلكتروني لمستلم واحد على الأقل" },
  { lang: "az", text: "Ən azı bir e-mail adresi daxil edilməlidir" },
  { lang: "ba", text: "Definišite barem jednu adresu primaoca" },
  { lang: "be", text: "Запоўніце, калі ласка, правільны email атрымальніка" },
  { lang: "bg", text: "Трябва да предоставите поне един email адрес за получател" },
  { lang: "ca", text: "S’ha de proveir almenys una adreça d’email com a destinatari" },
  { lang: "cs", text: "Musíte zadat alespoň jednu emailovou adresu příjemce" },
  { lang: "da", text: "Indtast mindst en modtagers email adresse" },
  { lang: "de", text: "Bitte geben Sie mindestens eine Empfängeradresse an" },
  { lang: "el", text: "Παρακαλούμε δώστε τουλάχιστον μια e-mail διεύθυνση παραλήπτη" },
  { lang: "eo", text: "Vi devas tajpi almenaŭ unu recevontan retadreson" },
  { lang: "es", text: "Debe proporcionar al menos una dirección de email de destino" },
  { lang: "et", text: "Te peate määrama vähemalt ühe saaja e-posti aadressi" },
  { lang: "fa", text: "باید حداقل یک آدرس گیرنده وارد کنید" },
  { lang: "fi", text: "Aseta vähintään yksi vastaanottajan sähköpostiosoite" },
  { lang: "fo", text: "Tú skal uppgeva minst móttakara-emailadressu(r)" },
  { lang: "fr", text: "Vous devez fournir au moins une adresse de destinataire" },
  { lang: "gl", text: "Debe engadir polo menos unha dirección de email coma destino" },
  { lang: "he", text: "חובה לספק לפחות כתובת אחת של מקבל המייל" },
  { lang: "hi", text: "आपको कम से कम एक प्राप्तकर्ता का ई-मेल पता प्रदान करना होगा" },
  { lang: "hr", text: "Definirajte barem jednu adresu primatelja" },
  { lang: "hu", text: "Legalább egy címzettet fel kell tüntetni" },
  { lang: "hy", text: "Անհրաժեշտ է տրամադրել գոնե մեկ ստացողի e-mail հասցե" },
  { lang: "id", text: "Harus tersedia minimal satu alamat tujuan" },
  { lang: "it", text: "Deve essere fornito almeno un indirizzo ricevente" },
  { lang: "ja", text: "少なくとも1つメールアドレスを 指定する必要があります" },
  { lang: "ka", text: "გთხოვთ მიუთითოთ ერთი ადრესატის e-mail მისამართი მაინც" },
  { lang: "ko", text: "적어도 한 개 이상의 수신자 메일 주소를 제공해야 합니다" },
  { lang: "lt", text: "Nurodykite bent vieną gavėjo adresą" },
  { lang: "lv", text: "Lūdzu, norādiet vismaz vienu adresātu" },
  { lang: "mg", text: "Alefaso azafady iray adiresy iray farafahakeliny" },
  { lang: "mn", text: "Хүлээн авагчийн имэйл хаягийг оруулна уу" },
  { lang: "ms", text: "Anda perlu menyediakan sekurang-kurangnya satu alamat e-mel penerima" },
  { lang: "nb", text: "Du må opppgi minst en mottakeradresse" },
  { lang: "nl", text: "Er moet minstens één ontvanger worden opgegeven" },
  { lang: "pl", text: "Należy podać prawidłowy adres email Odbiorcy" },
  { lang: "pt", text: "Tem de fornecer pelo menos um endereço como destinatário do e-mail" },
  { lang: "pt_br", text: "Você deve informar pelo menos um destinatário" },
  { lang: "ro", text: "Trebuie să adăugați cel puțin o adresă de email" },
  { lang: "ru", text: "Пожалуйста, введите хотя бы один email-адрес получателя" },
  { lang: "sk", text: "Musíte zadať aspoň jednu emailovú adresu príjemcu" },
  { lang: "sl", text: "Prosimo, vnesite vsaj enega naslovnika" },
  { lang: "sr", text: "Дефинишите бар једну адресу примаоца" },
  { lang: "sr_latn", text: "Definišite bar jednu adresu primaoca" },
  { lang: "sv", text: "Du måste ange minst en mottagares e-postadress" },
  { lang: "tl", text: "Kailangan mong magbigay ng kahit isang email address na tatanggap" },
  { lang: "tr", text: "En az bir alıcı e-posta adresi belirtmelisiniz" },
  { lang: "uk", text: "Будь ласка, введіть хоча б одну email-адресу отримувача" },
  { lang: "vi", text: "Bạn phải cung cấp ít nhất một địa chỉ người nhận" },
  { lang: "zh", text: "必須提供至少一個收件人地址" },
  { lang: "zh_cn", text: "必须提供至少一个收件人地址" },
];

/** The language files the messages come from, cited one by one as the corpus cites them. */
function phpMailerSources(messages: readonly TableText[]): string {
  return messages
    .map((m) => `PHPMailer/PHPMailer language/phpmailer.lang-${m.lang}.php (Debian libphp-phpmailer 6.6.3-1)`)
    .join("; ");
}

/** A PHPMailer message, in every language it ships, as the wording of one cause. */
export function phpMailerWording(
  cause: CauseId,
  messages: readonly TableText[],
  confidence: number,
  example: string,
): ReplyPattern {
  return tableWording(cause, messages, confidence, example, phpMailerSources(messages));
}
