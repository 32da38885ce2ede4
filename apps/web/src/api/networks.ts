import {
  type NamedNetwork,
  type NetworkChoicesResponse,
  type NetworkPolicy,
  namedNetworkSchema,
  namedNetworksResponseSchema,
  networkChoicesResponseSchema,
  networkPolicySchema,
  type SaveNetworkRequest,
} from '@hushlink/protocol';
import { z } from 'zod/mini';
import { requestEmpty, requestJson } from './request.ts';

export type { NamedNetwork, NetworkPolicy };

/** A named network a sender may pick: its id and name. */
export type NetworkChoice = NetworkChoicesResponse['networks'][number];

const networkResponseSchema = z.object({ network: namedNetworkSchema });
const policyResponseSchema = z.object({ policy: networkPolicySchema });

function networkPath(id: string): string {
  return `/api/admin/networks/${encodeURIComponent(id)}`;
}

/** `GET /api/networks`: the named networks a signed-in sender may limit a link to. */
export async function listNetworkChoices(): Promise<NetworkChoice[]> {
  return (await requestJson({ method: 'GET', path: '/api/networks' }, networkChoicesResponseSchema)).networks;
}

/** `GET /api/admin/networks`: every named network with its ranges. Admins only. */
export async function listNetworks(): Promise<NamedNetwork[]> {
  return (await requestJson({ method: 'GET', path: '/api/admin/networks' }, namedNetworksResponseSchema))
    .networks;
}

/** `POST /api/admin/networks`: adds a named network. */
export async function createNetwork(network: SaveNetworkRequest): Promise<NamedNetwork> {
  const call = { method: 'POST', path: '/api/admin/networks', body: network } as const;
  return (await requestJson(call, networkResponseSchema)).network;
}

/** `PUT /api/admin/networks/:id`: renames a network or changes its ranges (needs a fresh step-up). */
export async function updateNetwork(id: string, network: SaveNetworkRequest): Promise<NamedNetwork> {
  return (await requestJson({ method: 'PUT', path: networkPath(id), body: network }, networkResponseSchema))
    .network;
}

/** `DELETE /api/admin/networks/:id` (needs a fresh step-up; `network_in_use` while a policy names it). */
export async function deleteNetwork(id: string): Promise<void> {
  await requestEmpty({ method: 'DELETE', path: networkPath(id) });
}

/** `GET /api/admin/network-policy`: for each role, the ids of the networks it may connect from (empty: anywhere). */
export async function readNetworkPolicy(): Promise<NetworkPolicy> {
  return (await requestJson({ method: 'GET', path: '/api/admin/network-policy' }, policyResponseSchema))
    .policy;
}

/** `PUT /api/admin/network-policy` (needs a fresh step-up; `would_lock_you_out` refuses a policy that shuts you out). */
export async function saveNetworkPolicy(policy: NetworkPolicy): Promise<NetworkPolicy> {
  const call = { method: 'PUT', path: '/api/admin/network-policy', body: policy } as const;
  return (await requestJson(call, policyResponseSchema)).policy;
}
