/**
 * Social map → NetworkLayout, with the ELK instance passed in (elk-node.ts at build time),
 * like layoutRoute: the page that shows the network never loads ELK.
 */
import type { SocialMap } from '../core/social-map-schema';
import type { ElkLayouter } from './layout-route';
import type { NetworkLayout } from './network-layout-types';
import { socialNetworkGraph } from './social-network-graph';
import { elkToNetworkLayout, networkToElkGraph } from './social-network-to-elk';

export async function layoutSocialNetwork(
  map: SocialMap,
  elk: ElkLayouter,
): Promise<NetworkLayout> {
  const graph = socialNetworkGraph(map);
  const laidOut = await elk.layout(networkToElkGraph(graph));
  return elkToNetworkLayout(graph, laidOut);
}
