import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Este link está incompleto',
  incomplete: 'Este link de pedido está incompleto: a parte depois do # está faltando ou danificada.',
  damagedTitle: 'Este link está danificado',
  damaged:
    'Este link de pedido está danificado: a parte depois de /r/ não é um identificador de pedido válido.',
  goneTitle: 'Este pedido está fechado',
  gone: 'Este pedido não está mais aberto: já foi respondido, expirou ou foi retirado.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Digite ou cole o segredo primeiro.',
  sealing: 'Selando para as chaves de acesso de {name}…',
  sending: 'Enviando o segredo selado…',
  askedBy: 'Pedido por',
  theirNote: 'Nota',
  openUntil: 'Aberto até',
  sealedTo: 'Selado para',
  theirKeys: '{fingerprints} (as chaves das chaves de acesso da pessoa)',
  keyMismatch:
    'As chaves deste link diferem das que este servidor lista para {name}. O segredo é selado para as chaves do link. Se o link não veio diretamente dessa pessoa, pergunte a ela antes de enviar.',
  secret: 'Segredo',
  secretHint:
    'Ele é selado neste navegador para que só as chaves de acesso de {name} possam abri-lo. Ninguém mais, nem mesmo este servidor, consegue lê-lo.',
  sealAndSend: 'Selar e enviar',
  asks: '{name} pede um segredo a você',
  lede: 'O que você digitar aqui é criptografado neste navegador para as chaves de acesso da pessoa antes de ser enviado. Você não precisa de conta.',
  sent: 'Enviado',
  sentLede:
    'O segredo foi selado para as chaves de acesso de {name} e enviado. Só essa pessoa pode abri-lo; você pode fechar esta página.',
  shareYourOwn: 'Compartilhar um segredo seu',
} satisfies Catalog['request'];
