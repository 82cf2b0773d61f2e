import type { BoundaryMapInput, BoundaryMapView } from '@ancha/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { ApiError } from './errors.ts';

// Boundary maps (G6): GeoJSON a deployment uploads for the statistics map. None means the tile grid.

export const CITY_MAP = '110000';

export const mapsApi = {
  /** The uploaded map, or null when there is none (the server answers 404). */
  get: (regionCode: string, signal?: AbortSignal) =>
    api<BoundaryMapView>(`/maps/${regionCode}`, { signal }).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  save: (regionCode: string, body: BoundaryMapInput) =>
    api<BoundaryMapView>(`/maps/${regionCode}`, { method: 'PUT', body }),
  remove: (regionCode: string) => api<void>(`/maps/${regionCode}`, { method: 'DELETE' }),
};

const mapKey = (regionCode: string) => ['maps', regionCode] as const;

export function useBoundaryMap(regionCode: string) {
  return useQuery({
    queryKey: mapKey(regionCode),
    queryFn: ({ signal }) => mapsApi.get(regionCode, signal),
    // Shapes change once a deployment, not while a page is open.
    staleTime: 60 * 60 * 1000,
  });
}

export function useSaveBoundaryMap(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BoundaryMapInput) => mapsApi.save(regionCode, body),
    onSuccess: (saved) => client.setQueryData(mapKey(regionCode), saved),
  });
}

export function useRemoveBoundaryMap(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => mapsApi.remove(regionCode),
    onSuccess: () => client.setQueryData(mapKey(regionCode), null),
  });
}
